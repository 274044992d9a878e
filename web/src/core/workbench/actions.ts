import { ApiError } from "../../api/client";
import { neighbourhood } from "../graph/actions";
import { useView } from "../view/store";
import { highlightPath, removeNodes } from "../view/view";
import { AnalyzeQuery, ChangeSetsQuery, call, commitSet, RevertMutation, savedToken, saveToken } from "./api";
import { type ClaimDraft, changeSetOf, firstChoice, type MentionChoice } from "./draft";
import { useWorkbench } from "./store";

const set = useWorkbench.setState;

function failed(error: unknown): void {
  const text = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  set({ busy: false, message: { kind: "error", text } });
}

/**
 * A file's text: .txt and .md read in the page as they are; .html and .pdf sent to the server, which reads them as
 * `kgx ingest` does (Readability, pdf.js) and stores nothing (docs/decisions/0097).
 */
export async function readReportFile(file: File): Promise<void> {
  if (file.size > 10 * 1024 * 1024)
    return failed(new Error(`${file.name}: more than the 10 MB the workbench reads`));
  const title = file.name.replace(/\.[^.]+$/, "").replace(/[-_]+/g, " ");
  if (/\.(txt|md)$/i.test(file.name)) {
    const text = (await file.text()).replace(/\r\n?/g, "\n");
    set((state) => ({ text, name: state.name || title, message: null }));
    return;
  }
  set({ busy: true, message: null });
  try {
    const response = await fetch(`/ingest/extract?name=${encodeURIComponent(file.name)}`, {
      method: "POST",
      body: file,
    });
    const body = (await response.json()) as { text?: string; title?: string | null; error?: string };
    if (!response.ok || body.text === undefined)
      throw new Error(body.error ?? `The server answered ${response.status}`);
    const text = body.text;
    set((state) => ({ busy: false, text, name: state.name || body.title || title }));
  } catch (error) {
    failed(error);
  }
}

/** Asks the server for suggestions and opens the review. */
export async function analyze(): Promise<void> {
  const { text, publishedOn, publisher } = useWorkbench.getState();
  if (!text.trim()) return failed(new Error("The report's text is empty"));
  set({ busy: true, message: null });
  try {
    const { analyzeText } = await call(AnalyzeQuery, {
      text,
      publishedOn: publishedOn || null,
      publisher: publisher.trim() || null,
    });
    set({
      busy: false,
      stage: "review",
      analysis: analyzeText,
      choices: analyzeText.mentions.map(firstChoice),
      claims: [],
    });
  } catch (error) {
    failed(error);
  }
}

/** Changes the decision on mention `index`. */
export function choose(index: number, change: Partial<MentionChoice>): void {
  set((state) => ({
    choices: state.choices.map((choice, i) => (i === index ? { ...choice, ...change } : choice)),
  }));
}

/** Makes a claim of the selected span; the claimant and subjects are then picked in its form. */
export function claimSelection(): void {
  const { selection, text } = useWorkbench.getState();
  if (!selection) return;
  addClaim({
    ...selection,
    quote: text.slice(selection.start, selection.end),
    claimant: "",
    stance: "asserts",
    about: [],
    quantity: null,
    unit: "",
    statedOn: "",
  });
  set({ selection: null });
}

/** Adds a claim draft (from a selection or a suggested claim). */
export function addClaim(draft: ClaimDraft): void {
  set((state) => ({ claims: [...state.claims, draft] }));
}

/** Changes claim draft `index`, or drops it when `change` is null. */
export function editClaim(index: number, change: Partial<ClaimDraft> | null): void {
  set((state) => ({
    claims: change
      ? state.claims.map((claim, i) => (i === index ? { ...claim, ...change } : claim))
      : state.claims.filter((_, i) => i !== index),
  }));
}

/** The write token: the tab's, or asked for once. */
function token(): string | null {
  const saved = savedToken();
  if (saved) return saved;
  const given = window.prompt("The write token (kept for this tab only)")?.trim();
  if (given) saveToken(given);
  return given || null;
}

/** Commits the set; its claims are then put on the canvas, highlighted. */
export async function commit(): Promise<void> {
  const state = useWorkbench.getState();
  const write = token();
  if (!write) return failed(new Error("Committing needs the write token"));
  const input = changeSetOf(state, state.analysis?.mentions ?? [], state.choices, state.claims);
  set({ busy: true, message: null });
  try {
    const { commitChangeSet } = await commitSet(input, write);
    const claims = commitChangeSet.created.filter((id) => id.startsWith("claim:"));
    for (const id of claims) await neighbourhood(id, 1);
    useView.getState().change((view) => highlightPath(view, claims, []));
    set((s) => ({
      busy: false,
      open: false,
      revision: s.revision + 1,
      message: { kind: "done", text: `Committed ${commitChangeSet.id}` },
    }));
  } catch (error) {
    failed(error);
  }
}

/** The recent change sets. */
export async function history() {
  return (await call(ChangeSetsQuery, {})).changeSets;
}

/** Reverts a change set: what it created leaves the canvas; a revert's revert brings its claims back. */
export async function revert(id: string): Promise<void> {
  const write = token();
  if (!write) return failed(new Error("Reverting needs the write token"));
  set({ busy: true, message: null });
  try {
    const { revertChangeSet } = await call(RevertMutation, { id }, write);
    const gone = new Set(revertChangeSet.deleted);
    useView.getState().change((view) => removeNodes(view, [...gone]));
    const back = revertChangeSet.created.filter((node) => node.startsWith("claim:"));
    for (const claim of back) await neighbourhood(claim, 1);
    if (back.length > 0) useView.getState().change((view) => highlightPath(view, back, []));
    set((s) => ({
      busy: false,
      revision: s.revision + 1,
      message: { kind: "done", text: `Reverted ${id}` },
    }));
  } catch (error) {
    failed(error);
  }
}
