import { create } from "zustand";
import type { Analysis, ClaimDraft, MentionChoice } from "./draft";

/** The workbench's state: closed, the report being given, or its suggestions under review. */
export interface WorkbenchState {
  open: boolean;
  stage: "input" | "review";
  name: string;
  publishedOn: string;
  /** Who published the report: its own statements are suggested as the publisher's claims. */
  publisher: string;
  text: string;
  analysis: Analysis | null;
  choices: MentionChoice[];
  claims: ClaimDraft[];
  /** The span the curator selected in the text, not yet made a claim. */
  selection: { start: number; end: number } | null;
  busy: boolean;
  /** The last error or result, in one line. */
  message: { kind: "error" | "done"; text: string } | null;
  /** Bumped after a commit or revert, so the history reloads. */
  revision: number;
}

const empty: Omit<WorkbenchState, "open" | "revision"> = {
  stage: "input",
  name: "",
  publishedOn: "",
  publisher: "",
  text: "",
  analysis: null,
  choices: [],
  claims: [],
  selection: null,
  busy: false,
  message: null,
};

/** The workbench store; actions.ts changes it. */
export const useWorkbench = create<WorkbenchState>()(() => ({ ...empty, open: false, revision: 0 }));

/** Opens the workbench on an empty report. */
export function openWorkbench(): void {
  useWorkbench.setState({ ...empty, open: true });
}

/** Closes it; what was not committed is dropped. */
export function closeWorkbench(): void {
  useWorkbench.setState({ open: false });
}
