"""Reusable dashboard pieces. Each module owns its widgets and exposes show(key=...)."""
