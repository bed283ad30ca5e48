"""Defaults shared by the detector and its shells (importable without loading the engine)."""

DEFAULT_THRESHOLD = 0.5
