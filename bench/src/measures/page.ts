import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { launchChromium, viewport } from "@kgx/chromium/dist/launch.js";
import { freePort } from "@kgx/server/dist/neo4j/ports.js";
import { repoPath } from "@kgx/server/dist/paths.js";
import type { Browser } from "playwright-core";
import { type BenchContext, graphql } from "../harness/context.js";
import { type ResultRow, resultRow } from "../harness/result.js";
import { summarise } from "../harness/stats.js";

interface Elements {
  graph: {
    nodes: { id: string; kind: string; name: string }[];
    edges: { id: string; type: string; source: string; target: string }[];
  };
}

/** The plain page: fetch the elements, call cytoscape() with a similar style and the same layout, mark the frame. */
const baselinePage = `<!doctype html><html><head><meta charset="utf-8"><title>baseline</title>
<style>html,body,#cy{margin:0;width:100vw;height:100vh}</style></head><body><div id="cy"></div>
<script src="/cytoscape.min.js"></script>
<script>
fetch("/elements.json").then((r) => r.json()).then((elements) => {
  cytoscape({
    container: document.getElementById("cy"),
    elements,
    style: [
      { selector: "node", style: { label: "data(name)", "font-size": 10, width: 24, height: 24, "background-color": "#4a7" } },
      { selector: "edge", style: { width: 1, "curve-style": "bezier", "target-arrow-shape": "triangle", label: "data(type)", "font-size": 8 } },
    ],
    layout: { name: "concentric", stop: () => requestAnimationFrame(() => performance.mark("kgx-first-frame")) },
  });
});
</script></body></html>`;

async function startBaselinePage(elements: unknown): Promise<{ url: string; server: Server }> {
  const script = await readFile(repoPath("web", "node_modules", "cytoscape", "dist", "cytoscape.min.js"));
  const json = JSON.stringify(elements);
  const server = createServer((request, response) => {
    if (request.url === "/cytoscape.min.js")
      response.writeHead(200, { "content-type": "text/javascript" }).end(script);
    else if (request.url === "/elements.json")
      response.writeHead(200, { "content-type": "application/json" }).end(json);
    else response.writeHead(200, { "content-type": "text/html" }).end(baselinePage);
  });
  const port = await freePort("127.0.0.1");
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${port}/`, server };
}

/** Milliseconds from navigation start to the page's `kgx-first-frame` mark, in a fresh browser context. */
async function firstFrame(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("kgx-first-frame").length > 0, null, {
      timeout: 180_000,
    });
    return await page.evaluate(
      () => performance.getEntriesByName("kgx-first-frame")[0]?.startTime ?? Number.NaN,
    );
  } finally {
    await context.close();
  }
}

/** How many elements (nodes and edges) R9 draws, as the issue asks. */
const targetElements = 5000;

/**
 * A view of about `targetElements` elements: items, states and transfers in id order (transfers link the other two,
 * so edges grow with every transfer added), until the nodes and the edges among them reach the target.
 */
function viewOfSize(graph: Elements["graph"]): Elements["graph"] {
  const chosen = new Set<string>();
  const edgesOf = new Map<string, Elements["graph"]["edges"]>();
  for (const edge of graph.edges) {
    for (const end of [edge.source, edge.target]) {
      const list = edgesOf.get(end) ?? [];
      list.push(edge);
      edgesOf.set(end, list);
    }
  }
  const edges = new Map<string, Elements["graph"]["edges"][number]>();
  for (const node of graph.nodes) {
    if (chosen.size + edges.size >= targetElements) break;
    chosen.add(node.id);
    for (const edge of edgesOf.get(node.id) ?? [])
      if (chosen.has(edge.source) && chosen.has(edge.target)) edges.set(edge.id, edge);
  }
  return { nodes: graph.nodes.filter((n) => chosen.has(n.id)), edges: [...edges.values()] };
}

/**
 * R9: kgx's page, opened by a deep link on a view of about 5,000 elements with the concentric layout (the page
 * loads its opening graph, then the view's missing nodes and their edges in one request), against a plain page
 * calling cytoscape() on the same elements with the same layout.
 */
export async function measurePage(context: BenchContext): Promise<ResultRow[]> {
  const { graph: candidates } = await graphql<Elements>(
    context.kgx.url,
    '{ graph(kinds: ["item", "state", "transfer"], limit: 5000) { nodes { id kind name } edges { id type source target } } }',
    {},
  );
  const graph = viewOfSize(candidates);
  const ids = graph.nodes.map((n) => n.id);
  const kgxUrl = `${context.kgx.url}/#n=${ids.map((id) => encodeURIComponent(id).replaceAll("%3A", ":")).join(",")}&l=concentric`;
  const elements = [
    ...graph.nodes.map((n) => ({ group: "nodes", data: n })),
    ...graph.edges.map((e) => ({ group: "edges", data: e })),
  ];
  const baseline = await startBaselinePage(elements);
  const browser = await launchChromium();
  try {
    const kgx: number[][] = [];
    const plain: number[][] = [];
    const samples = Math.min(context.plan.samples, 3);
    for (let round = -Math.min(context.plan.warmup, 1); round < context.plan.repeats; round++) {
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < samples; i++) {
        a.push(await firstFrame(browser, kgxUrl));
        b.push(await firstFrame(browser, baseline.url));
      }
      if (round >= 0) {
        kgx.push(a);
        plain.push(b);
      }
    }
    const k = summarise(kgx);
    const p = summarise(plain);
    return [
      resultRow(
        "R9",
        `page to first drawn frame, ${elements.length} elements (p50)`,
        "ms",
        {
          kgx: k.p50,
          baseline: p.p50,
        },
        { op: "<=", value: 1.25 },
        { details: { kgx: k, baseline: p } },
      ),
    ];
  } finally {
    await browser.close();
    baseline.server.close();
  }
}
