"""Patient engines: who plays the patient. The scripted engine is the embedded default."""
