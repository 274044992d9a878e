import { claimsAbout, claimView } from "../core/claims/claims";
import { loadDetails } from "../core/details/actions";
import { useDetails } from "../core/details/store";
import { useGraphData } from "../core/graph/store";
import type { GraphCache } from "../core/graph/types";
import { useView } from "../core/view/store";
import { ClaimCard, DenialSummary, FigureComparison } from "./ClaimCard";
import { DrawerClose } from "./DrawerClose";
import { ExpandList } from "./ExpandList";

/**
 * The selected node or relationship: kind, properties, and every claim about it as a card. On a phone it is a
 * bottom sheet, shown while `open`, with a close button.
 */
export function DetailsPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
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
  const ownClaim = node?.kind === "claim" ? claimView(cache, node.id) : null;

  return (
    <aside className={open ? "details open" : "details"} aria-label="Details" data-testid="details">
      <DrawerClose title="Close details" onClose={onClose} />
      {node && (
        <>
          <p className="kind-badge">{node.kind}</p>
          <h2 className="details-title">{node.name}</h2>
          <Properties values={node.properties} />
          {status?.state === "error" && (
            <div className="details-problem" role="alert">
              <p>{status.message}</p>
              <button type="button" onClick={() => void loadDetails(node.id)}>
                Retry
              </button>
            </div>
          )}
          {ownClaim && <ClaimCard claim={ownClaim} />}
          <DenialSummary claims={claims} />
          <FigureComparison claims={claims} />
          <section aria-label="Claims">
            <h3>
              Claims about it ({claims.length}){status?.state === "loading" ? " (loading…)" : ""}
            </h3>
            {claims.map((claim) => (
              <ClaimCard key={claim.id} claim={claim} />
            ))}
          </section>
          <ExpandList id={node.id} />
        </>
      )}
      {!node && edge && <EdgeDetails cache={cache} id={edge.id} />}
    </aside>
  );
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

function Properties({ values }: { values: Record<string, unknown> }) {
  const entries = Object.entries(values).filter(([key]) => key !== "name");
  return (
    <dl className="properties">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{Array.isArray(value) ? value.join(", ") : String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
