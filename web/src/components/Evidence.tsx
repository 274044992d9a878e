import "./evidence.css";
import { groupEvidence, independentSources } from "../core/claims/evidence";
import type { ClaimView } from "../core/claims/types";
import { useView } from "../core/view/store";
import { ClaimCard } from "./ClaimCard";

/**
 * The claims about a node as a researcher reads them: a heading per source, under it who says what, one card per
 * thing said (the same words folded, figures that follow from one another together).
 */
export function Evidence({ claims, loading }: { claims: ClaimView[]; loading: boolean }) {
  const select = useView((state) => state.select);
  const groups = groupEvidence(claims);
  return (
    <section aria-label="Claims" className="evidence">
      <h3>
        Claims about it ({claims.length}){loading ? " (loading…)" : ""}
      </h3>
      {groups.map(({ source, byClaimant }) => (
        <section
          key={source?.id ?? "no source"}
          className="evidence-source"
          aria-label={`In ${source?.name ?? "no source"}`}
        >
          <h4>
            In{" "}
            {source ? (
              <button type="button" className="link" onClick={() => select(source.id)}>
                {source.name}
              </button>
            ) : (
              "no known source"
            )}
          </h4>
          {byClaimant.map(({ key, claimants, cards }) => (
            <div key={key} className="evidence-claimant">
              <h5>
                {claimants.map((claimant, i) => (
                  <span key={claimant.id}>
                    {i > 0 && (i === claimants.length - 1 ? " and " : ", ")}
                    <button type="button" className="link" onClick={() => select(claimant.id)}>
                      {claimant.name}
                    </button>
                  </span>
                ))}
              </h5>
              {cards.map((card) => (
                <ClaimCard key={card.lead.id} card={card} compact />
              ))}
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}

/**
 * How many independent sources back a transfer, and which: its affirming claims' distinct claimants
 * (docs/decisions/0043), not the documents, which mostly repeat one another.
 */
export function IndependentSources({ claims }: { claims: ClaimView[] }) {
  const sources = independentSources(claims);
  const names = sources.map((s) => s.name);
  const list =
    names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names.join("");
  return (
    <p className="independent-sources" data-testid="independent-sources">
      {sources.length === 0
        ? "Backed by no independent source: no claim affirms it."
        : `Backed by ${sources.length} independent ${sources.length === 1 ? "source" : "sources"}: ${list}.`}{" "}
      <small>(Distinct claimants who affirm it; outlets repeating one official count once.)</small>
    </p>
  );
}
