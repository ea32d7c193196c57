"""The reporting chain as a left-to-right graph: source -> outlet it reached through -> publisher.

Drawn with st.graphviz_chart (rendered in the browser from a DOT string, no network), edge width by the
number of claims, nodes coloured by role. dot() is a pure function so it is testable without Streamlit.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

MAX_EDGES = 60

# Fill colours per source type (what kind of voice), and for outlets/publishers.
TYPE_FILL = {
    "monitor": "#CFE8D5",
    "ngo": "#CFE8D5",
    "news agency": "#D6E4F5",
    "state media": "#F5DCC9",
    "government": "#F2D0D0",
    "military": "#F2D0D0",
    "official": "#F2D0D0",
    "armed group": "#E8D1EE",
    "local sources": "#F4EFC6",
}
PUBLISHER_FILL = "#FFFFFF"
UNKNOWN_FILL = "#EEEEEE"


def _q(s) -> str:
    """A DOT double-quoted string."""
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _fill(kind: str | None) -> str:
    k = (kind or "").lower()
    for key, colour in TYPE_FILL.items():
        if key in k:
            return colour
    return UNKNOWN_FILL


def dot(chains: pd.DataFrame, types: dict[str, str] | None = None, publishers: set[str] | None = None,
        max_edges: int = MAX_EDGES) -> str:
    """DOT source for the chain edges (columns from, to, stage, claims), strongest edges first."""
    types = types or {}
    lines = ["digraph chains {", "rankdir=LR; bgcolor=transparent; nodesep=0.25; ranksep=1.1;",
             'node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=12, color="#777777"];',
             'edge [color="#8899AA", arrowsize=0.6, fontname="Helvetica", fontsize=10];']
    if chains is None or chains.empty:
        lines.append('empty [label="No attributed claims", shape=plaintext, style=""];')
        lines.append("}")
        return "\n".join(lines)
    edges = chains.sort_values("claims", ascending=False).head(max_edges)
    top = max(int(edges["claims"].max()), 1)
    pubs = set(publishers or set(edges.loc[edges["stage"] == "published", "to"]))
    nodes = list(dict.fromkeys([*edges["from"], *edges["to"]]))
    for n in nodes:
        if n in types:
            fill, shape = _fill(types[n]), "box"
        elif n in pubs:
            fill, shape = PUBLISHER_FILL, "note"
        else:
            fill, shape = UNKNOWN_FILL, "box"
        tip = f"{n} ({types[n]})" if n in types else (f"{n} (publisher)" if n in pubs else str(n))
        lines.append(f"{_q(n)} [fillcolor={_q(fill)}, shape={shape}, tooltip={_q(tip)}];")
    for src, dst, stage, claims in edges[["from", "to", "stage", "claims"]].itertuples(index=False, name=None):
        width = 1 + 5 * int(claims) / top
        style = "dashed" if stage == "via" else "solid"
        lines.append(f"{_q(src)} -> {_q(dst)} [penwidth={width:.1f}, label={_q(claims)}, style={style}];")
    if len(chains) > max_edges:
        lines.append(f'more [label="+{len(chains) - max_edges} smaller edges", shape=plaintext, style=""];')
    lines.append("}")
    return "\n".join(lines)


def show(chains: pd.DataFrame, types: dict[str, str] | None = None, key: str = "source_graph") -> None:
    """Draw the chain graph with a short legend; a slider bounds how many edges are drawn."""
    if chains is None or chains.empty:
        st.info("No attributed claims to chain for these filters.")
        return
    n = len(chains)
    limit = n
    if n > 15:
        limit = st.slider("Edges shown (strongest first)", 5, n, min(n, 40), key=f"{key}__limit")
    st.graphviz_chart(dot(chains, types, max_edges=limit), width="stretch")
    st.caption("Left to right: the source, the outlet it reached the article through (dashed), the publisher. "
               "Edge labels count claims. Colours: monitors green, agencies blue, state media orange, "
               "governments/militaries/officials red, armed groups purple, local sources yellow, publishers white.")
