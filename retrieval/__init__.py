"""The grounding index: embeddings of case facts and educators' notes, kept in chromadb."""
