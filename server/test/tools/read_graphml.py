"""Reads a GraphML file with NetworkX, as a researcher would, and prints what it read as JSON on stdout.

Usage: python3 read_graphml.py file.graphml

Prints {"nodes": count, "edges": count, "keys": [[for, attr.name, attr.type], ...],
"node": {id: {name: [python type, text]}}, "edge": [[source, target, {name: [python type, text]}], ...]}.
Values travel as their Python type's name and their text (repr for floats, so NaN and the infinities survive
JSON and integers keep every digit).
"""

import json
import sys
import xml.etree.ElementTree as ET

import networkx as nx

NS = "{http://graphml.graphdrawing.org/xmlns}"


def typed(value):
    text = repr(value) if isinstance(value, float) else str(value)
    return [type(value).__name__, text]


def main(path):
    graph = nx.read_graphml(path)
    keys = [
        [key.get("for"), key.get("attr.name"), key.get("attr.type")]
        for key in ET.parse(path).getroot().iter(NS + "key")
    ]
    print(
        json.dumps(
            {
                "nodes": graph.number_of_nodes(),
                "edges": graph.number_of_edges(),
                "keys": keys,
                "node": {
                    node: {name: typed(value) for name, value in data.items()}
                    for node, data in graph.nodes(data=True)
                },
                "edge": [
                    [source, target, {name: typed(value) for name, value in data.items()}]
                    for source, target, data in graph.edges(data=True)
                ],
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
