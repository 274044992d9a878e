import { type RefObject, useEffect } from "react";

/**
 * Marks a sideways-scrolling element with `data-more="left"`, `"right"` or `"left right"` while part of its content
 * lies beyond that edge, so that the stylesheet can fade the edge: a phone's toolbar scrolls, and without a cue
 * nothing shows that there is more.
 */
export function useScrollCue(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const beyondLeft = element.scrollLeft > 1;
      const beyondRight = element.scrollLeft + element.clientWidth < element.scrollWidth - 1;
      const more = [beyondLeft ? "left" : "", beyondRight ? "right" : ""].filter(Boolean).join(" ");
      if (more) element.dataset.more = more;
      else delete element.dataset.more;
    };
    update();
    element.addEventListener("scroll", update, { passive: true });
    const resized = new ResizeObserver(update);
    resized.observe(element);
    return () => {
      element.removeEventListener("scroll", update);
      resized.disconnect();
    };
  }, [ref]);
}
