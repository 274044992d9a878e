import { useEffect } from "react";
import { useView } from "../core/view/store";

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** Page-wide keys: `/` to search, Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) to undo and redo, Escape to deselect. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const { undo, redo, select } = useView.getState();
      if (event.key === "/" && !typing(event.target)) {
        event.preventDefault();
        document.getElementById("search")?.focus();
      } else if ((event.ctrlKey || event.metaKey) && !typing(event.target)) {
        const key = event.key.toLowerCase();
        if (key === "z" && !event.shiftKey) undo();
        else if ((key === "z" && event.shiftKey) || key === "y") redo();
        else return;
        event.preventDefault();
      } else if (event.key === "Escape" && !typing(event.target)) {
        select(null);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
