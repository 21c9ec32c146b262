"""Live encounters: stages and their deadlines, turns stored before they are acknowledged,
replies produced (and re-produced after a crash), the note, the grade and the next case."""
