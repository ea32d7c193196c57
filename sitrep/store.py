"""The store: articles, incidents and attributions through SQLAlchemy Core.

SQLite file in WAL mode by default (the dashboard reads while an ingest writes); any SQLAlchemy URL
works, so a server database is a configuration switch. One transaction per article: an interrupted
ingest leaves no half article. Article id = hash of the normalised text, so re-ingesting adds nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from pathlib import Path

import sqlalchemy as sa

from sitrep.config import database_url

SCHEMA_VERSION = 2  # 2: attributions.target

metadata = sa.MetaData()

meta_table = sa.Table(
    "sitrep_meta", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text),
)

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("title", sa.Text),
    sa.Column("publisher", sa.Text),
    sa.Column("published", sa.String(10), index=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("path", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("n_words", sa.Integer),
    sa.Column("warnings", sa.Text),  # JSON list
    sa.Column("ingested_at", sa.String(32), nullable=False),
)

incidents = sa.Table(
    "incidents", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False,
              index=True),
    sa.Column("idx", sa.Integer, nullable=False),  # position within the article
    sa.Column("event_date", sa.String(10), index=True),
    sa.Column("date_start", sa.String(10)),
    sa.Column("date_end", sa.String(10)),
    sa.Column("time_precision", sa.Integer),
    sa.Column("event_type", sa.String(64), index=True),
    sa.Column("sub_event_type", sa.String(96)),
    sa.Column("actor1", sa.Text, index=True),
    sa.Column("actor2", sa.Text, index=True),
    sa.Column("actor1_claimed", sa.Boolean, default=False),  # actor from a claim/accusation, not established
    sa.Column("location", sa.Text),
    sa.Column("admin1", sa.Text, index=True),
    sa.Column("country", sa.Text, index=True),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("fatalities", sa.Integer),
    sa.Column("fatalities_min", sa.Integer),
    sa.Column("fatalities_max", sa.Integer),
    sa.Column("sources", sa.Text),  # JSON list of canonical source names
    sa.Column("fatality_claims", sa.Text),  # JSON list of {source, fatalities}
    sa.Column("evidence", sa.Text),  # JSON list of {start, end, text}
    sa.Column("notes", sa.Text),
)

attributions = sa.Table(
    "attributions", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False,
              index=True),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("source", sa.Text, index=True),
    sa.Column("source_type", sa.String(64)),
    sa.Column("cue", sa.Text),
    sa.Column("claim", sa.Text),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Column("via", sa.Text),
    sa.Column("kind", sa.String(32)),  # claim | responsibility | accusation | denial
    sa.Column("target", sa.Text),  # canonical actor claimed/blamed/accused, if any
    sa.Column("incident_idx", sa.Text),  # JSON list of incident idx in the same article
)

INCIDENT_FIELDS = ["event_date", "date_start", "date_end", "time_precision", "event_type", "sub_event_type",
                   "actor1", "actor2", "location", "admin1", "country", "latitude", "longitude", "geo_precision",
                   "fatalities"]


def normalise_text(text: str) -> str:
    """What counts as 'the same article': case, accents-form and white space do not matter."""
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def article_id(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def _sqlite_pragmas(dbapi_conn, _record):
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


class Store:
    """A handle on one database. Cheap to create; create_all() is idempotent."""

    def __init__(self, url: str | None = None):
        self.url = url or database_url()
        if self.url.startswith("sqlite:///"):
            Path(self.url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        self.engine = sa.create_engine(self.url, future=True)
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        self.migrate()

    # -- schema -------------------------------------------------------------------------------------
    def migrate(self) -> None:
        """Create tables, record the schema version; refuse a store newer than this code."""
        metadata.create_all(self.engine)
        with self.engine.begin() as conn:
            row = conn.execute(sa.select(meta_table.c.value).where(meta_table.c.key == "schema_version")).first()
            if row is None:
                conn.execute(meta_table.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
                return
            found = int(row[0])
            if found > SCHEMA_VERSION:
                raise RuntimeError(f"store schema v{found} is newer than this Sitrep (v{SCHEMA_VERSION}); upgrade")
            if found < 2:  # v1 stores lack attributions.target: add it, keep every row
                cols = {c["name"] for c in sa.inspect(conn).get_columns("attributions")}
                if "target" not in cols:
                    conn.execute(sa.text("ALTER TABLE attributions ADD COLUMN target TEXT"))
            if found < SCHEMA_VERSION:
                conn.execute(sa.update(meta_table).where(meta_table.c.key == "schema_version")
                             .values(value=str(SCHEMA_VERSION)))

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(meta_table.c.value)
                                    .where(meta_table.c.key == "schema_version")).scalar_one())

    # -- writes -------------------------------------------------------------------------------------
    def has_article(self, aid: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(articles.c.id).where(articles.c.id == aid)).first() is not None

    def add_article(self, text: str, extracted: dict, path: str | None = None, url: str | None = None,
                    _fail_after_incidents: bool = False) -> tuple[str, bool]:
        """Store one article with its incidents and attributions in one transaction.

        Returns (article_id, added); added is False when the same text is already stored.
        """
        aid = article_id(text)
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.engine.begin() as conn:
            if conn.execute(sa.select(articles.c.id).where(articles.c.id == aid)).first() is not None:
                return aid, False
            conn.execute(articles.insert().values(
                id=aid, title=extracted.get("title"), publisher=extracted.get("publisher"),
                published=extracted.get("published"), text=text, path=path, url=url,
                n_words=len(text.split()), warnings=json.dumps(extracted.get("warnings") or []),
                ingested_at=now))
            rows = [incident_row(aid, i, inc) for i, inc in enumerate(extracted.get("incidents") or [])]
            if rows:
                conn.execute(incidents.insert(), rows)
            if _fail_after_incidents:  # test hook: simulate a crash mid-article
                raise RuntimeError("simulated failure during ingest")
            arows = [attribution_row(aid, i, a) for i, a in enumerate(extracted.get("attributions") or [])]
            if arows:
                conn.execute(attributions.insert(), arows)
        return aid, True

    def delete_article(self, aid: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(attributions.delete().where(attributions.c.article_id == aid))
            conn.execute(incidents.delete().where(incidents.c.article_id == aid))
            conn.execute(articles.delete().where(articles.c.id == aid))

    # -- reads --------------------------------------------------------------------------------------
    def counts(self) -> dict:
        with self.engine.connect() as conn:
            return {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                    for t in (articles, incidents, attributions)}

    def version(self) -> tuple:
        """Changes whenever anything is added or removed: a cache key for the dashboard's frames."""
        with self.engine.connect() as conn:
            a = conn.execute(sa.select(sa.func.count(), sa.func.max(articles.c.ingested_at))).first()
            i = conn.execute(sa.select(sa.func.count(), sa.func.max(incidents.c.id))).first()
        return (self.url, a[0], a[1], i[0], i[1])

    def article_text(self, aid: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(articles.c.text).where(articles.c.id == aid)).scalar_one_or_none()

    def article(self, aid: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.id == aid)).mappings().first()
        return dict(row) if row else None


def incident_row(aid: str, idx: int, inc: dict) -> dict:
    row = {k: inc.get(k) for k in INCIDENT_FIELDS}
    claims = inc.get("fatality_claims") or []
    figures = [c.get("fatalities") for c in claims if c.get("fatalities") is not None]
    if inc.get("fatalities") is not None:
        figures.append(inc["fatalities"])
    row.update(
        article_id=aid, idx=idx,
        actor1_claimed=bool(inc.get("actor1_claimed")),
        fatalities_min=min(figures) if figures else None,
        fatalities_max=max(figures) if figures else None,
        sources=json.dumps(inc.get("sources") or []),
        fatality_claims=json.dumps(claims),
        evidence=json.dumps(inc.get("evidence") or []),
        notes=inc.get("notes"),
    )
    return row


def attribution_row(aid: str, idx: int, a: dict) -> dict:
    return {"article_id": aid, "idx": idx, "source": a.get("source"), "source_type": a.get("source_type"),
            "cue": a.get("cue"), "claim": a.get("claim"), "start": a.get("start"), "end": a.get("end"),
            "via": a.get("via"), "kind": a.get("kind") or "claim", "target": a.get("target"),
            "incident_idx": json.dumps(a.get("incidents") or [])}
