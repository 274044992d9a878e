import { lazy, Suspense } from "react";
import { claimsAbout, claimView } from "../core/claims/claims";
import { figureChains } from "../core/claims/evidence";
import { loadDetails } from "../core/details/actions";
import { factsOf } from "../core/details/format";
import { routeOf } from "../core/details/route";
import { useDetails } from "../core/details/store";
import { useGraphData } from "../core/graph/store";
import type { GraphCache, GraphNode } from "../core/graph/types";
import { openReader } from "../core/reader/actions";
import { useReader } from "../core/reader/store";
import { useView } from "../core/view/store";
import { ClaimCard, DenialSummary, FigureComparison, singleCard } from "./ClaimCard";
import { DrawerClose } from "./DrawerClose";
import { Evidence, IndependentSources } from "./Evidence";
import { ExpandList } from "./ExpandList";
// The stance colours (`.stance-*`) are the reader's and the workbench's: loaded with the page, as before the split.
import "./reader.css";

// The reader is opened from a claim card; it is loaded then (decision 0074).
const SourceReader = lazy(() =>
  import("./SourceReader").then((module) => ({ default: module.SourceReader })),
);

/**
 * The selected node or relationship: kind, what it is in words (every property one click away), and every claim
 * about it grouped by source and claimant. On a phone it is a bottom sheet, shown while `open`, with a close button.
 * It also holds the source reader, which opens from its claim cards.
 */
export function DetailsPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const reading = useReader((state) => state.reader.state !== "closed");
  return (
    <>
      <Details open={open} onClose={onClose} />
      {reading && (
        <Suspense fallback={null}>
          <SourceReader />
        </Suspense>
      )}
    </>
  );
}

function Details({ open, onClose }: { open: boolean; onClose: () => void }) {
  const selected = useView((state) => state.selected);
  const cache = useGraphData((state) => state.cache);
  const status = useDetails((state) => (selected ? state.byId[selected] : undefined));

  if (!selected) {
    return (
      <aside className={open ? "details empty open" : "details empty"} aria-label="Details">
        <DrawerClose title="Close details" onClose={onClose} />
        <p>Select a node to read who says what about it. Double-click a node to expand its neighbours.</p>
      </aside>
    );
  }
  const node = cache.nodes[selected];
  const edge = cache.edges[selected];
  const claims = node ? claimsAbout(cache, node.id) : [];
  const following = new Set([...figureChains(claims).values()].flat().map((claim) => claim.id));
  const ownClaim = node?.kind === "claim" ? claimView(cache, node.id) : null;

  return (
    <aside className={open ? "details open" : "details"} aria-label="Details" data-testid="details">
      <DrawerClose title="Close details" onClose={onClose} />
      {node && (
        <>
          <p className="kind-badge">{node.kind}</p>
          <h2 className="details-title">{node.name}</h2>
          <Facts node={node} cache={cache} />
          {status?.state === "error" && (
            <div className="details-problem" role="alert">
              <p>{status.message}</p>
              <button type="button" onClick={() => void loadDetails(node.id)}>
                Retry
              </button>
            </div>
          )}
          {ownClaim && <ClaimCard card={singleCard(ownClaim)} />}
          {node.kind === "transfer" && <IndependentSources claims={claims} />}
          <DenialSummary claims={claims} />
          <FigureComparison claims={claims.filter((claim) => !following.has(claim.id))} />
          {claims.length > 0 && <Evidence claims={claims} loading={status?.state === "loading"} />}
          <ExpandList id={node.id} />
        </>
      )}
      {!node && edge && <EdgeDetails cache={cache} id={edge.id} />}
    </aside>
  );
}

/** What a node is, in words: its description, its facts, a source's reader, a transfer's route. */
function Facts({ node, cache }: { node: GraphNode; cache: GraphCache }) {
  const facts = factsOf(node.properties).filter((fact) => fact.key !== "description");
  const description = node.properties.description;
  const route = node.kind === "transfer" ? routeOf(cache, node.id) : [];
  const readAt = node.kind === "source" ? readingOf(cache, node) : null;
  return (
    <>
      {typeof description === "string" && <p className="description">{description}</p>}
      {readAt && (
        <button type="button" className="read-source" onClick={() => void openReader(readAt.id)}>
          {readAt.id === node.id ? "Read the source" : `Read where ${readAt.name} quotes it`}
        </button>
      )}
      {route.length > 0 && (
        <p className="route" data-testid="route">
          <span className="route-label">Route: </span>
          {route.map((place) => place.name).join(" → ")}
        </p>
      )}
      <dl className="properties">
        {facts.map((fact) => (
          <div key={fact.key}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <details className="all-properties">
        <summary>All properties</summary>
        <Properties values={node.properties} />
      </details>
    </>
  );
}

/**
 * Where to read a source: its own text, or for a report without one (Yonhap's, which the graph knows only
 * through TIME), the source whose text quotes its claims; null when neither is in the graph.
 */
function readingOf(cache: GraphCache, source: GraphNode): GraphNode | null {
  if (typeof source.properties.text === "string") return source;
  for (const edge of Object.values(cache.edges)) {
    if (edge.type !== "REPORTED_IN" || edge.target !== source.id) continue;
    const quoteIn = cache.nodes[edge.source]?.properties.quoteIn;
    const reading = typeof quoteIn === "string" ? cache.nodes[quoteIn] : undefined;
    if (reading) return reading;
  }
  return null;
}

function EdgeDetails({ cache, id }: { cache: GraphCache; id: string }) {
  const edge = cache.edges[id];
  if (!edge) return null;
  return (
    <>
      <p className="kind-badge">Relationship</p>
      <h2 className="details-title">
        {cache.nodes[edge.source]?.name} —{edge.type}→ {cache.nodes[edge.target]?.name}
      </h2>
      <Properties values={edge.properties} />
    </>
  );
}

/** Every property as stored; a source's whole text is summarised (the reader shows it). */
function Properties({ values }: { values: Record<string, unknown> }) {
  const entries = Object.entries(values).filter(([key]) => key !== "name");
  return (
    <dl className="properties">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>
            {key === "text" && typeof value === "string" && value.length > 200
              ? `${value.slice(0, 160)}… (${value.length.toLocaleString("en-US")} characters)`
              : Array.isArray(value)
                ? value.join(", ")
                : String(value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
