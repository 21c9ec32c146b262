"""Grading a finished encounter against a rubric station: the grader protocol and its
deterministic implementation, note matching and the scorecard arithmetic."""
