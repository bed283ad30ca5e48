"""veil: a self-hosted privacy vault for AI data."""

__version__ = "0.1.0"
