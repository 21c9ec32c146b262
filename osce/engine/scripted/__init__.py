"""The scripted patient: answers from the case alone, with no network and no key."""
