import { openFromAddress } from "./core/graph/actions";
import "./styles.css";

// The view's data is asked for before the page's own code (React, Cytoscape) is evaluated, so that the server
// works on it while the page is drawn (decision 0079).
openFromAddress();
void import("./page").then(({ showPage }) => showPage());
