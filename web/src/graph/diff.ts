import type { ElementSpec } from "./elements";

/** What to change on the canvas to go from one set of elements to another. */
export interface ElementPatch {
  remove: string[];
  add: ElementSpec[];
  update: ElementSpec[];
}

const sameData = (a: ElementSpec["data"], b: ElementSpec["data"]) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ElementSpec["data"]>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
};

/**
 * The patch from `current` to `next`, by id. An edge whose ends changed is removed and added again, because
 * Cytoscape cannot move an edge by changing its data; an element that moved between nodes and edges likewise.
 */
export function diffElements(current: readonly ElementSpec[], next: readonly ElementSpec[]): ElementPatch {
  const before = new Map(current.map((element) => [element.data.id, element]));
  const after = new Set(next.map((element) => element.data.id));
  const patch: ElementPatch = { remove: [], add: [], update: [] };
  for (const id of before.keys()) if (!after.has(id)) patch.remove.push(id);
  for (const element of next) {
    const old = before.get(element.data.id);
    if (!old) patch.add.push(element);
    else if (
      old.group !== element.group ||
      old.data.source !== element.data.source ||
      old.data.target !== element.data.target
    ) {
      patch.remove.push(element.data.id);
      patch.add.push(element);
    } else if (!sameData(old.data, element.data) || old.classes !== element.classes)
      patch.update.push(element);
  }
  return patch;
}

/** Whether the patch changes nothing. */
export const isEmptyPatch = (patch: ElementPatch) =>
  patch.remove.length + patch.add.length + patch.update.length === 0;
