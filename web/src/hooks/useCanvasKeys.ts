import { useCallback } from "react";
import { expand } from "../core/graph/actions";
import type { GraphNode } from "../core/graph/types";
import { useView } from "../core/view/store";
import { removeNodes } from "../core/view/view";

/**
 * Keys on the focused canvas: arrows move the selection through the nodes in the order of the table,
 * Enter expands the selected node, Delete hides it, Escape deselects (`+`, `-` and `0` zoom: graph/ZoomControls.tsx).
 */
export function useCanvasKeys(listed: readonly GraphNode[]): (event: React.KeyboardEvent) => void {
  return useCallback(
    (event: React.KeyboardEvent) => {
      const { selected, select, change } = useView.getState();
      const order = listed.map((node) => node.id);
      const index = selected ? order.indexOf(selected) : -1;
      const step = (delta: number) => {
        if (order.length === 0) return;
        const next =
          index === -1 ? (delta > 0 ? 0 : order.length - 1) : (index + delta + order.length) % order.length;
        select(order[next] ?? null);
      };
      switch (event.key) {
        case "ArrowRight":
        case "ArrowDown":
          step(1);
          break;
        case "ArrowLeft":
        case "ArrowUp":
          step(-1);
          break;
        case "Enter":
          if (selected) void expand(selected);
          break;
        case "Delete":
        case "Backspace":
          if (selected) {
            change((view) => removeNodes(view, [selected]));
            select(null);
          }
          break;
        case "Escape":
          select(null);
          break;
        default:
          return;
      }
      event.preventDefault();
      event.stopPropagation();
    },
    [listed],
  );
}
