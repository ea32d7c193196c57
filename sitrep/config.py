"""Where things live. One environment variable switches the store to a server database."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DATA = Path(__file__).resolve().parent / "data"

# Articles above this size are refused: nothing an analyst pastes is bigger, and it bounds time.
MAX_ARTICLE_BYTES = int(os.environ.get("SITREP_MAX_ARTICLE_BYTES", str(12 * 1024 * 1024)))


def data_dir() -> Path:
    """Read at call time, so a test or a second dashboard can point elsewhere after import."""
    return Path(os.environ.get("SITREP_DATA_DIR", ROOT / "data"))


def countries_geojson_paths() -> list[Path]:
    """Where the country outlines may be, best first: the data dir in use, the repository, the package."""
    return [data_dir() / "countries.geojson", ROOT / "data" / "countries.geojson", PACKAGE_DATA / "countries.geojson"]


def database_url() -> str:
    """SQLite file by default; SITREP_DATABASE_URL=postgresql://... for a server database."""
    url = os.environ.get("SITREP_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{data_dir() / 'sitrep.db'}"
