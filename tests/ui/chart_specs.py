"""Read what charts AppTest cannot inspect natively: pydeck decks and Vega-Lite specs.

AppTest shows st.pydeck_chart / st.altair_chart as UnknownElement; their protos carry the JSON the
browser would get (deck_gl_json_chart.json, arrow_vega_lite_chart.spec + datasets as Arrow).
"""

from __future__ import annotations

import io
import json

import pyarrow as pa


def _elements(at, *types):
    out = []
    for t in types:
        out.extend(at.get(t))
    return out


def decks(at) -> list[dict]:
    """Every pydeck chart on the page, as the Deck JSON dict."""
    return [json.loads(e.proto.json) for e in _elements(at, "deck_gl_json_chart")]


def deck_bytes(at) -> list[int]:
    return [len(e.proto.json.encode("utf-8")) for e in _elements(at, "deck_gl_json_chart")]


def layers(deck: dict) -> dict[str, dict]:
    """Layers by id."""
    return {layer.get("id"): layer for layer in deck.get("layers", [])}


def layer_data(deck: dict, layer_id: str) -> list:
    layer = layers(deck).get(layer_id)
    return [] if layer is None else layer.get("data", [])


def vega_specs(at) -> list[dict]:
    """Every Vega-Lite chart: its spec dict with the data rows merged in under 'rows'."""
    out = []
    for e in _elements(at, "arrow_vega_lite_chart", "vega_lite_chart"):
        spec = json.loads(e.proto.spec)
        rows = []
        for ds in getattr(e.proto, "datasets", []):
            rows += _arrow_rows(ds.data.data)
        if e.proto.HasField("data") and e.proto.data.data:
            rows += _arrow_rows(e.proto.data.data)
        spec["rows"] = rows
        out.append(spec)
    return out


def _arrow_rows(buf: bytes) -> list[dict]:
    if not buf:
        return []
    return pa.ipc.open_stream(io.BytesIO(buf)).read_all().to_pylist()
