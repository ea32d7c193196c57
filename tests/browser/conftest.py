"""Real-browser fixtures: one `streamlit run app.py` per session, driven by Debian's Chromium.

Modelled on Streamlit's own e2e suite: the server starts once on a free port against a throw-away
data directory (the bundled articles plus an article carrying script/img-onerror payloads), tests
wait on `[data-test-script-state='notRunning']` with Playwright's `expect`, never on sleeps, and
screenshots go to test-artifacts/ for a person to look at.

Chromium is the system one (/usr/bin/chromium, installed by .ci/run); `playwright install` is never
used. Without it the tests skip on a developer machine, but fail in CI (CI set), where a missing
browser means the CI image is broken, not that the tests do not apply.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path(os.environ.get("SITREP_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--enable-unsafe-swiftshader",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SERVER_START_TIMEOUT = 90  # seconds: a cold import of streamlit + spaCy on a busy 2-core box
RENDER_TIMEOUT_MS = 60_000
# expect() waits this long by default: the first view of an article runs the spaCy pipeline, and two
# cores are shared with the server, so 5 s (Playwright's default) is too tight for a cold page.
expect.set_options(timeout=30_000)

XSS_ARTICLE = """Sitrep test article (illustrative sample, not a real report)
2023-08-14
Escaping test: <script>window.__xss=1</script> in a headline

ALEPPO, Syria - Two civilians were killed on Sunday when shelling hit a market in Aleppo,
the Syrian Observatory for Human Rights said. A post shared online read <img src=x onerror="window.__xss=1">
and <script>window.__xss=1</script>, which the reader must show as text, never run.
"""


def _missing_chromium_reason() -> str:
    return f"Chromium not found at {CHROMIUM} (apt-get install chromium; .ci/run does this in CI)"


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not CHROMIUM.exists():
        if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
            pytest.fail(f"{_missing_chromium_reason()}: CI must run the browser tests", pytrace=False)
        pytest.skip(_missing_chromium_reason())
    return str(CHROMIUM)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


FIXTURE_ARTICLE = """Sitrep browser-test fixture (illustrative sample, not a real report)
Sitrep Test Wire
2023-08-20
Clashes and strikes across northern and eastern Syria

DEIR EZ-ZOR, Syria - Islamic State fighters attacked a Syrian army post near Mayadin on Friday, killing
four soldiers, the Syrian Observatory for Human Rights said.
Syrian army shelling hit Islamic State positions in the Badia desert east of Palmyra on Saturday, killing
six militants, according to SANA.
Russian warplanes struck Hayat Tahrir al-Sham positions near Idlib on Thursday, killing three fighters,
local sources said.
Hayat Tahrir al-Sham shelled Russian-backed forces near Saraqib on Wednesday, the Syrian Observatory for
Human Rights said. No casualties were reported.
Syrian Democratic Forces arrested five suspected Islamic State members in Hasakah on Tuesday, the SDF said.
"""

# Incidents of the fixture article, stored as extraction would return them, so the UI tests have
# several actors to filter by even while extraction is being written. (event_date, type, sub, actor1,
# actor2, location, admin1, lat, lon, fatalities, sources, sentence start text)
# fmt: off
FIXTURE_INCIDENTS = [
    ("2023-08-18", "Battles", "Armed clash", "Islamic State", "Military Forces of Syria", "Mayadin",
     "Deir ez-Zor", 35.0207, 40.4518, 4, ["SOHR"], "Islamic State fighters"),
    ("2023-08-19", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Syria",
     "Islamic State", "Palmyra", "Homs", 34.5604, 38.2670, 6, ["SANA"], "Syrian army shelling"),
    ("2023-08-17", "Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia",
     "Hayat Tahrir al-Sham", "Idlib", "Idlib", 35.9306, 36.6339, 3, ["Local sources"], "Russian warplanes"),
    ("2023-08-16", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Hayat Tahrir al-Sham",
     "Military Forces of Russia", "Saraqib", "Idlib", 35.8644, 36.8006, 0,
     ["SOHR"], "Hayat Tahrir al-Sham shelled"),
    ("2023-08-15", "Strategic developments", "Arrests", "Syrian Democratic Forces", "Islamic State", "Hasakah",
     "Hasakah", 36.5024, 40.7477, 0, ["Syrian Democratic Forces"], "Syrian Democratic Forces arrested"),
]
# fmt: on


def _fixture_extraction() -> dict:
    text = FIXTURE_ARTICLE
    incidents = []
    for date, etype, sub, a1, a2, loc, adm1, lat, lon, fat, srcs, cue in FIXTURE_INCIDENTS:
        start = text.index(cue)
        end = text.index(".\n", start) + 1  # sentences end a line in the fixture
        incidents.append(
            {
                "event_date": date,
                "date_start": date,
                "date_end": date,
                "time_precision": 1,
                "event_type": etype,
                "sub_event_type": sub,
                "actor1": a1,
                "actor2": a2,
                "location": loc,
                "admin1": adm1,
                "country": "Syria",
                "latitude": lat,
                "longitude": lon,
                "geo_precision": 1,
                "fatalities": fat,
                "sources": srcs,
                "evidence": [{"start": start, "end": end, "text": text[start:end]}],
            }
        )
    return {
        "title": "Clashes and strikes across northern and eastern Syria",
        "publisher": "Sitrep Test Wire",
        "published": "2023-08-20",
        "incidents": incidents,
        "attributions": [],
        "warnings": [],
    }


def _prepare_data_dir(data_dir: Path) -> Path:
    """Copy the bundled data files (not the db), add the XSS article, ingest it all into data_dir.

    The bundled articles and the XSS article go through sitrep.ingest like any analyst's file; the
    fixture article is stored with known incidents so the filter tests do not depend on how far
    extraction has got.
    """
    from sitrep.ingest import ingest_paths
    from sitrep.store import Store

    src = ROOT / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    for item in src.iterdir():
        if item.name.startswith("sitrep.db"):
            continue
        if item.is_dir():
            shutil.copytree(item, data_dir / item.name, dirs_exist_ok=True)
        else:
            shutil.copy2(item, data_dir / item.name)
    articles_dir = data_dir / "articles"
    articles_dir.mkdir(exist_ok=True)
    (articles_dir / "zz_xss_test.txt").write_text(XSS_ARTICLE, encoding="utf-8")
    store = Store(f"sqlite:///{data_dir / 'sitrep.db'}")
    summary = ingest_paths(store, [articles_dir])
    lines = [
        summary.line(),
        *(f"failed: {n}: {r}" for n, r in summary.failed),
        *(f"warning: {n}: {w}" for n, w in summary.warnings),
    ]
    (data_dir / "ingest.log").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if not summary.added:
        raise RuntimeError("ingest added nothing: " + "; ".join(lines))
    store.add_article(FIXTURE_ARTICLE, _fixture_extraction(), path="fixture/browser_test.txt")
    store.engine.dispose()
    return data_dir


def _server_env(data_dir: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "SITREP_DATABASE_URL"}
    env.update(
        SITREP_DATA_DIR=str(data_dir),
        STREAMLIT_BROWSER_GATHER_USAGE_STATS="false",
        STREAMLIT_SERVER_HEADLESS="true",
        PYTHONUNBUFFERED="1",
    )
    return env


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory) -> Path:
    return _prepare_data_dir(tmp_path_factory.mktemp("sitrep-data"))


@pytest.fixture(scope="session")
def article_ids(data_dir) -> dict[str, str]:
    """File name (or fixture path) -> article id, read back from the test store."""
    import sqlalchemy as sa

    from sitrep.store import Store, articles

    store = Store(f"sqlite:///{data_dir / 'sitrep.db'}")
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(articles.c.id, articles.c.path)).all()
    store.engine.dispose()
    return {Path(path or "").name: aid for aid, path in rows}


@contextlib.contextmanager
def streamlit_server(data_dir: Path, name: str = "streamlit"):
    """`streamlit run app.py` on a free port against data_dir; yields its base URL, stops it on exit."""
    port = _free_port()
    log_path = data_dir / f"{name}.log"
    with open(log_path, "w", encoding="utf-8") as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                str(ROOT / "app.py"),
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
                "--server.fileWatcherType",
                "none",
                "--browser.gatherUsageStats",
                "false",
            ],
            cwd=ROOT,
            env=_server_env(data_dir),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        try:
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"streamlit exited with {proc.returncode}:\n{log_path.read_text()}")
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                        if r.status == 200:
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit not healthy after {SERVER_START_TIMEOUT} s")
                time.sleep(0.25)  # polling a health endpoint, not waiting on the UI
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture(scope="session")
def server_url(chromium_path, data_dir) -> str:
    """The dashboard every test shares (one server per session)."""
    with streamlit_server(data_dir) as url:
        yield url


@pytest.fixture
def fresh_server_url(chromium_path, data_dir) -> str:
    """A server no browser has talked to yet: for what a person sees on the first request after a start."""
    with streamlit_server(data_dir, name="streamlit-fresh") as url:
        yield url


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    context.set_default_timeout(RENDER_TIMEOUT_MS)
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


class UI:
    """What a test does to the dashboard, in the words a person would use (Streamlit e2e style)."""

    COUNT_RE = re.compile(r"([\d,]+) of ([\d,]+) incidents match")

    def __init__(self, page, base_url: str, artifacts: Path):
        self.page = page
        self.base_url = base_url.rstrip("/")
        self.artifacts = artifacts

    @property
    def main(self):
        return self.page.locator("[data-testid='stMain']")

    @property
    def sidebar(self):
        return self.page.locator("[data-testid='stSidebar']")

    def idle(self, timeout: int = RENDER_TIMEOUT_MS) -> None:
        """The script run has finished and every element has left its loading skeleton."""
        expect(self.page.locator("[data-test-script-state='notRunning']")).to_be_attached(timeout=timeout)
        expect(self.page.locator("[data-testid='stSkeleton'], [data-testid='stAppSkeleton']")).to_have_count(
            0, timeout=timeout
        )

    def goto(self, path: str = "/", heading: str | None = None):
        """Open a page and wait for it to render; a cold first load can come up blank, so reload once."""
        self.page.goto(self.base_url + "/" + path.lstrip("/"))
        for attempt in (1, 2):
            try:
                self.idle()
                target = (
                    self.main.locator("h1") if heading is None else self.main.locator("h1", has_text=heading)
                )
                expect(target.first).to_be_visible(timeout=RENDER_TIMEOUT_MS // 2)
                return self.page
            except AssertionError:
                if attempt == 2:
                    raise
                self.page.reload()
        return self.page

    def open_page(self, title: str, heading: str | None = None):
        """Switch page with the sidebar navigation, as a person does (keeps the session and its filters)."""
        self.sidebar.locator("[data-testid='stSidebarNav']").get_by_role(
            "link", name=re.compile(rf"(^|\s){re.escape(title)}$")
        ).click()
        expect(self.main.locator("h1", has_text=heading or title).first).to_be_visible()
        self.idle()
        return self.page

    def no_errors(self) -> None:
        expect(self.page.locator("[data-testid='stException']")).to_have_count(0)

    def match_count(self) -> tuple[int, int]:
        """(matching, total) from the sidebar's 'N of M incidents match' line."""
        line = self.sidebar.get_by_text(self.COUNT_RE)
        expect(line).to_be_visible()
        m = self.COUNT_RE.search(line.inner_text())
        return int(m.group(1).replace(",", "")), int(m.group(2).replace(",", ""))

    def multiselect(self, label: str):
        return self.sidebar.locator("[data-testid='stMultiSelect']").filter(
            has=self.page.locator(
                "[data-testid='stWidgetLabel']", has_text=re.compile(rf"^{re.escape(label)}$")
            )
        )

    def options(self, label: str) -> list[str]:
        """The options a sidebar multiselect offers (opens and closes its dropdown)."""
        self.multiselect(label).locator("input").click()
        opts = self.page.locator("[role='option']")
        expect(opts.first).to_be_visible()
        names = [t.strip() for t in opts.all_inner_texts()]
        self.page.keyboard.press("Escape")
        return names

    def pick(self, label: str, value: str) -> None:
        """Choose value in the sidebar multiselect called label, as a person does: type it, press Enter."""
        box = self.multiselect(label)
        box.locator("input").click()
        self.page.keyboard.type(value)
        expect(self.page.get_by_role("option", name=value, exact=True)).to_be_visible()
        self.page.keyboard.press("Enter")
        self.page.keyboard.press("Escape")
        expect(box.get_by_text(value, exact=True)).to_be_visible()

    def shot(self, name: str, locator=None, full_page: bool = False) -> bytes:
        path = self.artifacts / f"{name}.png"
        if locator is not None:
            return locator.screenshot(path=str(path))
        return self.page.screenshot(path=str(path), full_page=full_page)

    def next_frame(self) -> None:
        """Let the browser paint (two animation frames): how a canvas test waits, instead of sleeping."""
        self.page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")

    def drawn(self, locator, name: str, timeout_s: float = 30.0, min_ink: int = 20) -> dict:
        """Screenshot locator until coloured marks appear on it (or timeout); save it and return pixel stats."""
        deadline = time.monotonic() + timeout_s
        while True:
            stats = pixel_stats(self.shot(name, locator))
            if stats["ink"] >= min_ink or time.monotonic() > deadline:
                return stats
            self.next_frame()


def pixel_stats(png: bytes) -> dict:
    """What a screenshot shows, in numbers a test can judge a map or chart by.

    ink = pixels of a saturated colour (max-min channel > 60): event-type colours of points and bars.
    Background, country outlines, text and zoom buttons are white/grey/black and do not count. A blank
    canvas has no ink; a map flooded by one oversized point is nearly all ink.
    """
    import io

    import numpy as np
    from PIL import Image

    img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=np.int32)
    flat = img.reshape(-1, 3)
    saturated = (flat.max(axis=1) - flat.min(axis=1)) > 60
    colours = len(np.unique(flat[:, 0] * 65536 + flat[:, 1] * 256 + flat[:, 2]))
    return {
        "std": round(float(img.std()), 1),
        "colours": colours,
        "ink": int(saturated.sum()),
        "ink_fraction": round(float(saturated.mean()), 4),
        "size": img.shape[:2],
    }


@pytest.fixture(scope="session", name="pixel_stats")
def pixel_stats_fixture():
    """pixel_stats(png_bytes) -> {std, colours, ink, ink_fraction, size} (see pixel_stats above)."""
    return pixel_stats


@pytest.fixture(scope="session")
def sitrep_env(data_dir) -> dict:
    """Environment for running the sitrep CLI or the server against the test store."""
    return _server_env(data_dir)


@pytest.fixture
def ui(page, server_url, artifacts) -> UI:
    return UI(page, server_url, artifacts)


@pytest.fixture
def fresh_ui(page, fresh_server_url, artifacts) -> UI:
    return UI(page, fresh_server_url, artifacts)
