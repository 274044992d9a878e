import { useEffect, useMemo, useRef } from "react";
import { claimSelection } from "../../core/workbench/actions";
import { cutText, type Span, selectionSpan } from "../../core/workbench/spans";
import { useWorkbench } from "../../core/workbench/store";

/**
 * The report with the suggestions highlighted — mentions (by decision), figures, dates, suggested and drafted
 * claims — where selecting any words offers to make them a claim.
 */
export function ReviewText() {
  const { text, analysis, choices, claims, selection } = useWorkbench();
  const body = useRef<HTMLDivElement>(null);
  const spans = useMemo(() => {
    if (!analysis) return [];
    const all: Span[] = [
      ...analysis.claims.map((c) => ({
        ...c,
        className: "wb-suggested-claim",
        title: `Suggested claim (${c.stance})`,
      })),
      ...claims.map((c) => ({
        ...c,
        className: `wb-claim stance-${c.stance}`,
        title: `Your claim (${c.stance})`,
      })),
      ...analysis.figures.map((f) => ({
        ...f,
        className: "wb-figure",
        title: `Figure: ${f.quantity} ${f.unit ?? ""}`,
      })),
      ...analysis.dates.map((d) => ({ ...d, className: "wb-date", title: `Date: ${d.date}` })),
      ...analysis.mentions.map((m, i) => ({
        ...m,
        className: `wb-mention wb-${choices[i]?.status ?? "pending"}`,
        title: `${m.kind}: ${m.entity?.name ?? (m.candidates.length > 0 ? "unsure" : "new")}`,
      })),
    ];
    return all;
  }, [analysis, choices, claims]);
  const pieces = useMemo(() => cutText(text, spans), [text, spans]);
  // Any selection, by mouse or keyboard, in the text offers a claim: the document says when it changes.
  useEffect(() => {
    const onSelect = () => {
      const root = body.current;
      // The last selection stays offered: clicking the button may collapse the selection before the click lands.
      const span = root ? selectionSpan(window.getSelection(), root) : null;
      if (span) useWorkbench.setState({ selection: span });
    };
    document.addEventListener("selectionchange", onSelect);
    return () => document.removeEventListener("selectionchange", onSelect);
  }, []);
  return (
    <section className="workbench-text-pane" aria-label="The report's text">
      <div className="workbench-selection">
        {selection ? (
          <button type="button" onClick={claimSelection}>
            Make a claim of “{text.slice(selection.start, selection.end).slice(0, 60)}”
          </button>
        ) : (
          <span>Select words of the text to make a claim of them.</span>
        )}
      </div>
      <div ref={body} className="reader-text" data-testid="workbench-text">
        {pieces.map((piece) =>
          piece.span ? (
            <mark
              key={piece.start}
              data-start={piece.start}
              className={piece.span.className}
              title={piece.span.title}
            >
              {piece.text}
            </mark>
          ) : (
            <span key={piece.start} data-start={piece.start}>
              {piece.text}
            </span>
          ),
        )}
      </div>
    </section>
  );
}
