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

/** Figures that disagree, side by side, each with who gives it. */
export function FigureComparison({ claims }: { claims: ClaimView[] }) {
  const figures = claims.filter((claim) => claim.quantity !== null);
  if (figures.length < 2) return null;
  return (
    <section className="figures" aria-label="Figures side by side">
      <h3>Figures ({figures.length})</h3>
      <div className="figure-row">
        {figures.map((claim) => (
          <div key={claim.id} className="figure-cell" data-testid="figure">
            <strong>{figureText(claim)}</strong>
            <span>{claim.claimants.map((c) => c.name).join(", ")}</span>
            {claim.source && <small>{claim.source.name}</small>}
          </div>
        ))}
      </div>
    </section>
  );
}
