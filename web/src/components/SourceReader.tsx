import { type KeyboardEvent, useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { createPortal } from "react-dom";
import { markedStances, stanceMark } from "../core/claims/stance";
import { closeReader, markCurrent, openReader } from "../core/reader/actions";
import { samePassages, segmentText } from "../core/reader/segments";
import { type ReaderPassage, type ReaderSource, useReader } from "../core/reader/store";
import { useView } from "../core/view/store";
import "./reader.css";

/**
 * The source reader: a source's text with every quote highlighted by stance and its claimants beside it. It lies
 * over the canvas (the filters and details stay beside it); on a phone it is a full-screen sheet. It is mounted
 * on the page's body, so no panel's scrolling or sliding moves it.
 */
export function SourceReader() {
  const reader = useReader((state) => state.reader);
  const panel = useRef<HTMLDivElement>(null);
  const opener = useRef<Element | null>(null);
  const open = reader.state !== "closed";

  // Focus goes into the reader when it opens and back to the button that opened it when it closes.
  useEffect(() => {
    if (!open) return;
    opener.current = document.activeElement;
    panel.current?.focus();
    return () => {
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    };
  }, [open]);

  if (!open) return null;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") closeReader();
  };
  const title = reader.state === "ready" ? reader.source.name : "Source";
  return createPortal(
    <div
      ref={panel}
      className="reader"
      role="dialog"
      aria-labelledby="reader-title"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-testid="source-reader"
    >
      <header className="reader-head">
        <h2 id="reader-title">{title}</h2>
        <button type="button" className="reader-close" onClick={closeReader} aria-label="Close the source">
          ×
        </button>
      </header>
      <p className="reader-legend">
        {markedStances.map((stance) => (
          <mark key={stance} className={`stance-${stance}`}>
            {stanceMark(stance).mark} {stance}
          </mark>
        ))}
      </p>
      {reader.state === "loading" && <p className="reader-status">Loading the source…</p>}
      {reader.state === "error" && (
        <div className="reader-status" role="alert">
          <p>{reader.message}</p>
          <button type="button" onClick={() => void openReader(reader.sourceId, reader.claimId)}>
            Retry
          </button>
        </div>
      )}
      {reader.state === "ready" && <ReaderText source={reader.source} current={reader.claimId} />}
      {reader.state === "ready" && <CurrentClaim source={reader.source} current={reader.claimId} />}
    </div>,
    document.body,
  );
}

/** Selects a claim from the reader: the details show it and its passage becomes the current one. */
function choose(claimId: string) {
  markCurrent(claimId);
  useView.getState().select(claimId);
}

function ReaderText({ source, current }: { source: ReaderSource; current: string | null }) {
  const body = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => segmentText(source.text, source.passages), [source]);
  // The claimants' tag follows the last words of each quote; claims quoting the same words share one tag.
  const tagsAt = useMemo(() => {
    const tags = new Map<number, ReaderPassage[][]>();
    for (const group of samePassages(source.passages)) {
      const end = group[0]?.end ?? 0;
      tags.set(end, [...(tags.get(end) ?? []), group]);
    }
    return tags;
  }, [source]);

  useLayoutEffect(() => {
    if (!current) return;
    const first = body.current?.querySelector(`[data-starts~="${CSS.escape(current)}"]`);
    first?.scrollIntoView({ block: "center" });
  }, [current]);

  return (
    <div ref={body} className="reader-text" data-testid="reader-text">
      {segments.map((segment) => {
        const inner = segment.passages[0];
        const tags = (tagsAt.get(segment.end) ?? []).map((group) => (
          <PassageTag key={group[0]?.id} group={group} current={current} />
        ));
        if (!inner)
          return (
            <span key={segment.start}>
              {segment.text}
              {tags}
            </span>
          );
        const starts = segment.passages.filter((p) => p.start === segment.start).map((p) => p.id);
        const isCurrent = segment.passages.some((p) => p.id === current);
        return (
          <span key={segment.start}>
            {/* biome-ignore lint/a11y/useKeyWithClickEvents: the claimant tag after each quote is the keyboard's way to the same claim */}
            <mark
              className={`stance-${inner.stance}${isCurrent ? " current" : ""}`}
              data-claim={inner.id}
              data-starts={starts.join(" ") || undefined}
              aria-current={isCurrent ? "true" : undefined}
              onClick={() => choose(inner.id)}
            >
              {segment.text}
            </mark>
            {tags}
          </span>
        );
      })}
    </div>
  );
}

/** Who says the quote just read, with its stance mark; a button that selects the claim. */
function PassageTag({ group, current }: { group: ReaderPassage[]; current: string | null }) {
  const first = group[0];
  if (!first) return null;
  const { mark, label } = stanceMark(first.stance);
  const names = [...new Set(group.flatMap((p) => p.claimants.map((c) => c.name)))];
  const chosen = group.find((p) => p.id === current) ?? first;
  return (
    <button
      type="button"
      className={`reader-tag stance-${first.stance}`}
      onClick={() => choose(chosen.id)}
      title={`${names.join(", ")} ${label}${group.length > 1 ? ` (said ${group.length} times)` : ""}`}
    >
      <span aria-hidden="true">{mark}</span>
      <span className="sr-only">{label}:</span> {names.join(", ") || "unknown"}
    </button>
  );
}

/**
 * The current claim in one line below the text, with a way to its details: on a phone the details sheet lies
 * under the reader, so "Details" closes the reader onto it.
 */
function CurrentClaim({ source, current }: { source: ReaderSource; current: string | null }) {
  const passage = source.passages.find((p) => p.id === current);
  if (!passage) return null;
  const { mark, label } = stanceMark(passage.stance);
  return (
    <footer className={`reader-current stance-${passage.stance}`} data-testid="reader-current">
      <span>
        <span aria-hidden="true">{mark}</span> {label} — {passage.claimants.map((c) => c.name).join(", ")}
      </span>
      <button type="button" onClick={closeReader}>
        Details
      </button>
    </footer>
  );
}
