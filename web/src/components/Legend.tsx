import { kindStyles } from "../graph/style";

const lines = [
  { label: "asserted / reported", className: "line-solid" },
  { label: "alleged, estimated", className: "line-dashed" },
  { label: "pledged, forecast", className: "line-dotted" },
  { label: "denied ✕", className: "line-denied" },
  { label: "path found", className: "line-path" },
];

const borders = [
  { label: "alleged, estimated (node)", className: "border-dashed" },
  { label: "pledged, forecast (node)", className: "border-dotted" },
  { label: "denied (node)", className: "border-denied" },
  { label: "on the path found (glow)", className: "border-path" },
];

/** What the shapes, colours and line styles on the canvas mean. */
export function Legend() {
  return (
    <section className="panel legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <ul>
        {Object.entries(kindStyles).map(([kind, { color, shape }]) => (
          <li key={kind}>
            <span className={`swatch shape-${shape}`} style={{ background: color }} aria-hidden="true" />
            {kind}
          </li>
        ))}
      </ul>
      <ul>
        {lines.map(({ label, className }) => (
          <li key={label}>
            <span className={`line ${className}`} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
      <ul aria-label="Status on nodes">
        {borders.map(({ label, className }) => (
          <li key={label}>
            <span className={`swatch node-border ${className}`} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
      <p className="hint">
        A node’s border says its status as an arrow’s line does. A bold border means “+N more” neighbours are
        not loaded yet; “N hidden by filters” counts those loaded but filtered out.
      </p>
    </section>
  );
}
