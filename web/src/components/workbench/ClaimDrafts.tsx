import { addClaim, commit, editClaim } from "../../core/workbench/actions";
import { entityOptions, statedOnProblem } from "../../core/workbench/draft";
import { useWorkbench } from "../../core/workbench/store";

const stances = ["asserts", "denies", "estimates", "forecasts"];

/** The claims the curator is making, the analyzer's suggested claims to take up, and the commit. */
export function ClaimDrafts() {
  const { analysis, choices, claims, busy } = useWorkbench();
  if (!analysis) return null;
  const options = entityOptions(analysis.mentions, choices);
  const taken = new Set(claims.map((c) => `${c.start}-${c.end}`));
  const dateProblems = claims.map((c) => statedOnProblem(c.statedOn));
  return (
    <section className="workbench-claims" aria-label="Claims">
      <h3>Claims</h3>
      {claims.length === 0 && <p>No claim yet: select words in the text, or take up a suggestion.</p>}
      <ol>
        {claims.map((claim, i) => (
          <li key={`${claim.start}-${claim.end}`} data-testid="claim-draft">
            <blockquote>{claim.quote}</blockquote>
            <div className="claim-fields">
              <label className="claim-field">
                <span>Claimant</span>
                <select value={claim.claimant} onChange={(e) => editClaim(i, { claimant: e.target.value })}>
                  <option value="">—</option>
                  {options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </label>
              <label className="claim-field">
                <span>Stance</span>
                <select value={claim.stance} onChange={(e) => editClaim(i, { stance: e.target.value })}>
                  {stances.map((s) => (
                    <option key={s}>{s}</option>
                  ))}
                </select>
              </label>
            </div>
            <fieldset>
              <legend>About</legend>
              {options.map((o) => (
                <label key={o.value}>
                  <input
                    type="checkbox"
                    checked={claim.about.includes(o.value)}
                    onChange={(e) =>
                      editClaim(i, {
                        about: e.target.checked
                          ? [...claim.about, o.value]
                          : claim.about.filter((a) => a !== o.value),
                      })
                    }
                  />{" "}
                  {o.label}
                </label>
              ))}
            </fieldset>
            {/* Each name sits above its own input, so "Stated on" never reads as the unit's (decision 0017). */}
            <div className="claim-fields">
              <label className="claim-field">
                <span>Figure</span>
                <input
                  type="number"
                  aria-label="Quantity"
                  value={claim.quantity ?? ""}
                  onChange={(e) =>
                    editClaim(i, { quantity: e.target.value === "" ? null : Number(e.target.value) })
                  }
                />
              </label>
              <label className="claim-field">
                <span>Unit</span>
                <input
                  aria-label="Unit"
                  placeholder="unit"
                  value={claim.unit}
                  onChange={(e) => editClaim(i, { unit: e.target.value })}
                />
              </label>
              <label className="claim-field">
                <span>Stated on</span>
                <input
                  aria-label="Stated on"
                  placeholder="YYYY-MM-DD"
                  size={10}
                  value={claim.statedOn}
                  aria-invalid={dateProblems[i] ? true : undefined}
                  onChange={(e) => editClaim(i, { statedOn: e.target.value })}
                />
              </label>
            </div>
            {dateProblems[i] && (
              <span role="alert" className="workbench-problem">
                {dateProblems[i]}
              </span>
            )}
            <button type="button" onClick={() => editClaim(i, null)}>
              Drop
            </button>
          </li>
        ))}
      </ol>
      {analysis.claims.filter((s) => !taken.has(`${s.start}-${s.end}`)).length > 0 && <h4>Suggested</h4>}
      <ul>
        {analysis.claims
          .filter((s) => !taken.has(`${s.start}-${s.end}`))
          .map((s) => (
            <li key={`${s.start}-${s.end}`}>
              “{s.quote.slice(0, 80)}” — {s.claimant.text}, {s.stance}{" "}
              <button
                type="button"
                onClick={() =>
                  addClaim({
                    start: s.start,
                    end: s.end,
                    quote: s.quote,
                    claimant: s.claimant.entity?.id ?? "",
                    stance: s.stance,
                    about: s.about.flatMap((a) => (a.entity ? [a.entity.id] : [])),
                    quantity: s.figure?.quantity ?? null,
                    unit: s.figure?.unit ?? "",
                    statedOn: "",
                  })
                }
              >
                Take up
              </button>
            </li>
          ))}
      </ul>
      <button
        type="button"
        className="workbench-commit"
        disabled={busy || claims.length === 0 || dateProblems.some(Boolean)}
        onClick={() => void commit()}
      >
        {busy ? "Committing…" : `Commit ${claims.length} claim(s)`}
      </button>
    </section>
  );
}
