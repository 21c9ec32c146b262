"""The learner model: mastery per competency from scorecards, the next case, at-risk flags."""
