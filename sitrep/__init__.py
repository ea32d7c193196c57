"""Sitrep core: ingest -> extract -> store -> query. Importable without Streamlit."""

__version__ = "0.1.0"
