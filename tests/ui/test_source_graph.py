"""components/source_graph.py: the chain graph's DOT text, and the component in AppTest."""

import pandas as pd
from streamlit.testing.v1 import AppTest

from components import source_graph

CHAINS = pd.DataFrame([("Local sources", "Sputnik", "via", 1), ("Sputnik", "The Cradle", "published", 1),
                       ('SANA "official"', "Levant Ledger", "published", 3)],
                      columns=["from", "to", "stage", "claims"])


def test_dot_draws_every_edge_with_its_claim_count():
    dot = source_graph.dot(CHAINS, {"Local sources": "local sources", "SANA \"official\"": "state media"})
    assert dot.startswith("digraph chains {") and dot.rstrip().endswith("}")
    assert '"Local sources" -> "Sputnik" [penwidth=2.7, label="1", style=dashed];' in dot
    assert '"Sputnik" -> "The Cradle"' in dot and "style=solid" in dot
    assert '"Levant Ledger" [fillcolor="#FFFFFF", shape=note' in dot  # publishers drawn as documents


def test_dot_escapes_quotes_in_names():
    dot = source_graph.dot(CHAINS)
    assert '"SANA \\"official\\"" -> "Levant Ledger"' in dot


def test_dot_keeps_the_strongest_edges_and_says_how_many_were_left_out():
    dot = source_graph.dot(CHAINS, max_edges=1)
    assert dot.count("->") == 1 and '"SANA' in dot and "+2 smaller edges" in dot


def test_empty_chains_give_a_valid_graph():
    assert "No attributed claims" in source_graph.dot(pd.DataFrame(columns=["from", "to", "stage", "claims"]))


def _app(chains):
    import pandas as pd  # noqa: F401  (AppTest runs the function's source alone)

    from components import source_graph

    source_graph.show(chains, key="g")


def test_component_draws_a_graphviz_chart_and_an_info_when_empty():
    at = AppTest.from_function(_app, args=(CHAINS,)).run()
    assert not at.exception
    assert len(at.get("graphviz_chart")) == 1
    at = AppTest.from_function(_app, args=(CHAINS.iloc[0:0],)).run()
    assert "No attributed claims" in at.info[0].value
