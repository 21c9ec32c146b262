"""Mock OSCE circuits: examiners, calibration and standard setting."""
