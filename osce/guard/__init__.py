"""The guard: every sentence an LLM-played patient says, checked against the case first."""
