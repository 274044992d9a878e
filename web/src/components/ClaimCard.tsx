import { figureText } from "../core/claims/claims";
import type { EvidenceCard } from "../core/claims/evidence";
import { stanceMark } from "../core/claims/stance";
import type { ClaimView } from "../core/claims/types";
import { claimDatesText, dateText } from "../core/details/format";
import { openReader } from "../core/reader/actions";
import { useView } from "../core/view/store";

/** A card of one claim alone. */
export function singleCard(claim: ClaimView): EvidenceCard {
  return { lead: claim, claims: [claim], claimants: claim.claimants, follows: [] };
}

/** A stance as its mark and word: "✓ asserts", "✗ denies". */
export function StanceBadge({ stance }: { stance: string }) {
  const { mark, label } = stanceMark(stance);
  return (
    <span className={`stance-badge stance-${stance}`}>
      <span aria-hidden="true">{mark}</span> {label}
    </span>
  );
}

/** Opens the source reader at this claim's passage; absent when no source of the claim has a text. */
export function ShowInSource({ claim }: { claim: ClaimView }) {
  const { quoteIn } = claim;
  if (!quoteIn) return null;
  return (
    <button type="button" className="show-in-source" onClick={() => void openReader(quoteIn, claim.id)}>
      Show in source
    </button>
  );
}

/**
 * One card of evidence: stance, figure (and the figures that follow from it), the quote in the claimant's words,
 * who said it (everyone who said the same words), where and when. `compact` leaves out the claimant and source
 * when a heading above already names them.
 */
export function ClaimCard({ card, compact = false }: { card: EvidenceCard; compact?: boolean }) {
  const select = useView((state) => state.select);
  const { lead: claim, claims, claimants, follows } = card;
  const denial = claim.stance === "denies";
  const figure = figureText(claim);
  const names = claimants.map((c) => c.name).join(", ") || "unknown";
  return (
    <article
      className={`claim-card stance-${claim.stance}`}
      data-testid="claim-card"
      data-stance={claim.stance}
      data-claim={claim.id}
      aria-label={`${denial ? "Denial" : "Claim"} by ${names}`}
    >
      <header>
        <StanceBadge stance={claim.stance} />
        {figure && <strong className="figure">{figure}</strong>}
      </header>
      {follows.length > 0 && (
        <p className="figure-chain" data-testid="figure-chain">
          {[claim, ...follows].map((c, i) => (
            <span key={c.id}>
              {i > 0 && " → "}
              {i > 0 && stanceMark(c.stance).mark}
              {figureText(c)}
            </span>
          ))}
        </p>
      )}
      {claim.quote ? <blockquote>“{claim.quote}”</blockquote> : <p>{claim.text}</p>}
      {claims.length > 1 && (
        <p className="folded">
          Said {claims.length === 2 ? "twice" : `${claims.length} times`} in these words, by{" "}
          {claims.map((c, i) => (
            <span key={c.id}>
              {i > 0 && " and "}
              <button type="button" className="link" onClick={() => select(c.id)}>
                {c.claimants.map((k) => k.name).join(", ") || c.id}
              </button>
              {claimDatesText(c) !== claimDatesText(claim) && (
                <small className="claim-dates"> ({claimDatesText(c)})</small>
              )}
            </span>
          ))}
        </p>
      )}
      {follows.map((c) => (
        <blockquote key={c.id} className="follows">
          → “{c.quote}” <small className="claim-dates">{claimDatesText(c)}</small> <ShowInSource claim={c} />
        </blockquote>
      ))}
      <footer>
        {!compact && (
          <>
            —{" "}
            {claimants.map((claimant, index) => (
              <span key={claimant.id}>
                {index > 0 && ", "}
                <button type="button" className="link" onClick={() => select(claimant.id)}>
                  {claimant.name}
                </button>
              </span>
            ))}
            {claim.source && <span className="source">, in {claim.source.name}</span>}
          </>
        )}
        {claim.statedOn && (
          <time dateTime={claim.statedOn}>
            {compact ? "" : ", "}
            {dateText(claim.statedOn, claim.statedOnInferred)}
          </time>
        )}
        <PublishedOn claim={claim} first={compact && !claim.statedOn} />
        <ShowInSource claim={claim} />
      </footer>
    </article>
  );
}

/**
 * When the claim's source was published: with the date it was said, the card shows both (the timeline's lanes),
 * also when the page holds the claim without its source (the date then comes with the claim, decision 0025).
 */
function PublishedOn({ claim, first }: { claim: ClaimView; first: boolean }) {
  const { publishedOn, publishedOnInferred } = claim;
  if (!publishedOn) return null;
  return (
    <time className="published" dateTime={publishedOn} data-testid="published-on">
      {first ? "published " : ", published "}
      {dateText(publishedOn, publishedOnInferred)}
    </time>
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
                <small className="claim-dates">{claimDatesText(claim)}</small>
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
  return <p className="denial-summary">✗ Denied by {names.join(", ")}</p>;
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
