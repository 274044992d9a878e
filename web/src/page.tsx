import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Explorer } from "./views/Explorer";

/** Draws the explorer page into index.html's #root. */
export function showPage(): void {
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html lacks the #root element.");
  createRoot(root).render(
    <StrictMode>
      <Explorer />
    </StrictMode>,
  );
}
