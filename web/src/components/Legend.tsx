import { kindStyles } from "../graph/style";

const lines = [
  { label: "asserted / reported", className: "line-solid" },
  { label: "alleged, estimated", className: "line-dashed" },
  { label: "pledged, forecast", className: "line-dotted" },
  { label: "denied ✕", className: "line-denied" },
  { label: "path found", className: "line-path" },
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
      <p className="hint">A bold border on a node means “+N more” neighbours are not shown yet.</p>
    </section>
  );
}
