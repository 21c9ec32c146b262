"""The LLM-played patient: the case plans what may be said, the model says it, the guard
checks each sentence before the student sees it."""
