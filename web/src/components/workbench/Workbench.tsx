import { type KeyboardEvent, useEffect, useRef } from "react";
import { createPortal } from "react-dom";
import { closeWorkbench, useWorkbench } from "../../core/workbench/store";
import { ChangeSetHistory } from "./ChangeSetHistory";
import { ClaimDrafts } from "./ClaimDrafts";
import { MentionList } from "./MentionList";
import { ReportInput } from "./ReportInput";
import { ReviewText } from "./ReviewText";
import "./workbench.css";

/**
 * The workbench (docs/decisions/0096-workbench-page.md): a new report's text, the analyzer's suggestions to accept,
 * edit or reject, claims made from selections, and one commit that writes them all as a change set. It lies over
 * the canvas like the source reader.
 */
export function Workbench() {
  const open = useWorkbench((state) => state.open);
  const stage = useWorkbench((state) => state.stage);
  const message = useWorkbench((state) => state.message);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);
  if (!open) return null;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") closeWorkbench();
  };
  return createPortal(
    <div
      ref={panel}
      className="workbench"
      role="dialog"
      aria-labelledby="workbench-title"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-testid="workbench"
    >
      <header className="reader-head">
        <h2 id="workbench-title">Add a report</h2>
        <button
          type="button"
          className="reader-close"
          onClick={closeWorkbench}
          aria-label="Close the workbench"
        >
          ×
        </button>
      </header>
      {message && (
        <p
          className={`workbench-message ${message.kind}`}
          role={message.kind === "error" ? "alert" : "status"}
        >
          {message.text}
        </p>
      )}
      {stage === "input" ? (
        <div className="workbench-body">
          <ReportInput />
          <ChangeSetHistory />
        </div>
      ) : (
        <div className="workbench-review">
          <ReviewText />
          <aside className="workbench-side">
            <ClaimDrafts />
            <MentionList />
          </aside>
        </div>
      )}
    </div>,
    document.body,
  );
}
