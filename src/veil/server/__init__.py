"""The veil service: the HTTP API (:mod:`veil.server.app`) and serving it over TLS 1.3
(:mod:`veil.server.run`)."""

from __future__ import annotations

from veil.server.app import Services, create_app, open_services

__all__ = ["Services", "create_app", "open_services"]
