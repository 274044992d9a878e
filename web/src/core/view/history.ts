/** A value with the steps before it and the steps undone after it. */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
}

/** How many steps back the page remembers. */
export const historyLimit = 100;

/** A history that starts at `present`. */
export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** The history after a change to `next`; no step when nothing changed, and the redo steps are dropped. */
export function record<T>(history: History<T>, next: T): History<T> {
  if (Object.is(next, history.present)) return history;
  const past = [...history.past, history.present].slice(-historyLimit);
  return { past, present: next, future: [] };
}

/**
 * The history with its present replaced by `next` and no step added: the later moves of one gesture that the user
 * undoes at once (a replay), after the first move recorded the step. The redo steps are dropped, as by `record`.
 */
export function amend<T>(history: History<T>, next: T): History<T> {
  if (Object.is(next, history.present)) return history;
  return { past: history.past, present: next, future: [] };
}

/** The history one step back (unchanged when there is nothing to undo). */
export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

/** The history one step forward again (unchanged when there is nothing to redo). */
export function redo<T>(history: History<T>): History<T> {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future };
}
