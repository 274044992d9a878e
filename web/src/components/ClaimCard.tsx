import { figureText } from "../core/claims/claims";
import type { ClaimView } from "../core/claims/types";
import { useView } from "../core/view/store";

/** One claim: stance, figure, the quote in the claimant's words, who said it, where and when. */
export function ClaimCard({ claim }: { claim: ClaimView }) {
  const select = useView((state) => state.select);
  const denial = claim.stance === "denies";
  const figure = figureText(claim);
  return (
    <article
      className={`claim-card stance-${claim.stance}`}
      data-testid="claim-card"
      data-stance={claim.stance}
      aria-label={`${denial ? "Denial" : "Claim"} by ${claim.claimants.map((c) => c.name).join(", ") || "unknown"}`}
    >
      <header>
        <span className={`stance-badge stance-${claim.stance}`}>{denial ? "✕ denies" : claim.stance}</span>
        {figure && <strong className="figure">{figure}</strong>}
      </header>
      {claim.quote && <blockquote>“{claim.quote}”</blockquote>}
      {!claim.quote && <p>{claim.text}</p>}
      <footer>
        —{" "}
        {claim.claimants.map((claimant, index) => (
          <span key={claimant.id}>
            {index > 0 && ", "}
            <button type="button" className="link" onClick={() => select(claimant.id)}>
              {claimant.name}
            </button>
          </span>
        ))}
        {claim.source && <span className="source">, in {claim.source.name}</span>}
        {claim.statedOn && <time dateTime={claim.statedOn}>, {claim.statedOn}</time>}
      </footer>
    </article>
  );
}

/** Figures grouped by unit: where claimants give different numbers for the same thing, side by side. */
export function FigureComparison({ claims }: { claims: ClaimView[] }) {
  const groups = figureGroups(claims);
  if (groups.length === 0) return null;
  return (
    <section className="figures" aria-label="Figures side by side">
      {groups.map(({ unit, claims: group, disagree }) => (
        <div key={disagree ? unit : "other figures"}>
          <h3>{disagree ? `Figures that disagree: ${unit || "count"}` : "Other figures"}</h3>
          <div className="figure-row">
            {group.map((claim) => (
              <div key={claim.id} className="figure-cell" data-testid="figure">
                <strong>{figureText(claim)}</strong>
                <span>{claim.claimants.map((c) => c.name).join(", ")}</span>
                {claim.source && <small>{claim.source.name}</small>}
              </div>
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}

/** Denials of the node, in one line at the top: who denies it. */
export function DenialSummary({ claims }: { claims: ClaimView[] }) {
  const deniers = claims.filter((claim) => claim.stance === "denies").flatMap((claim) => claim.claimants);
  if (deniers.length === 0) return null;
  const names = [...new Set(deniers.map((claimant) => claimant.name))];
  return <p className="denial-summary">✕ Denied by {names.join(", ")}</p>;
}

function figureGroups(claims: ClaimView[]): { unit: string; claims: ClaimView[]; disagree: boolean }[] {
  const byUnit = new Map<string, ClaimView[]>();
  for (const claim of claims) {
    if (claim.quantity === null) continue;
    const unit = claim.unit ?? "";
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), claim]);
  }
  const groups = [...byUnit.entries()].map(([unit, group]) => ({
    unit,
    claims: group,
    disagree: new Set(group.map((c) => c.quantity)).size > 1,
  }));
  // Figures nobody contradicts share one row, so that the disagreements stand out above them.
  const single = groups.filter((group) => !group.disagree).flatMap((group) => group.claims);
  const disagreeing = groups.filter((group) => group.disagree);
  return single.length > 0 ? [...disagreeing, { unit: "", claims: single, disagree: false }] : disagreeing;
}
