import { useEffect } from "react";
import { useLaidOut } from "../canvas/positions";
import { useGraphData } from "../graph/store";
import { useView } from "../view/store";
import { encodeDeepLink } from "./deeplink";

/**
 * Keeps the URL hash equal to the view and the drawn positions, so that the address bar is always a link to what
 * is on screen.
 */
export function useDeepLinkSync(): void {
  useEffect(() => {
    const write = () => {
      if (useGraphData.getState().status.state !== "ready") return;
      const { history, selected } = useView.getState();
      const { positions } = useLaidOut.getState();
      const hash = encodeDeepLink({ view: history.present, selected, positions });
      if (hash !== window.location.hash) window.history.replaceState(null, "", hash);
    };
    const unsubscribeView = useView.subscribe(write);
    const unsubscribeData = useGraphData.subscribe(write);
    const unsubscribePositions = useLaidOut.subscribe(write);
    return () => {
      unsubscribeView();
      unsubscribeData();
      unsubscribePositions();
    };
  }, []);
}
