import { type DragEvent, useState } from "react";
import { analyze, readReportFile } from "../../core/workbench/actions";
import { useWorkbench } from "../../core/workbench/store";

/** The report to add: its name and date, and its text pasted or read from a dropped or chosen file. */
export function ReportInput() {
  const { name, publishedOn, publisher, text, busy } = useWorkbench();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) void readReportFile(file);
  };
  return (
    <section className="workbench-input" aria-label="The report">
      <label>
        Name <input value={name} onChange={(e) => useWorkbench.setState({ name: e.target.value })} required />
      </label>
      <label>
        Published on{" "}
        <input
          value={publishedOn}
          placeholder="YYYY-MM-DD"
          onChange={(e) => useWorkbench.setState({ publishedOn: e.target.value })}
        />
      </label>
      <label>
        Publisher{" "}
        <input value={publisher} onChange={(e) => useWorkbench.setState({ publisher: e.target.value })} />
      </label>
      <label>
        A .txt, .md, .html or .pdf file{" "}
        <input
          type="file"
          accept=".txt,.md,.html,.htm,.pdf"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void readReportFile(file);
          }}
        />
      </label>
      <textarea
        className={over ? "drop-over" : undefined}
        aria-label="The report's text"
        placeholder="Paste the report's text, or drop a file here"
        value={text}
        rows={12}
        onChange={(e) => useWorkbench.setState({ text: e.target.value })}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      />
      <button type="button" onClick={() => void analyze()} disabled={busy || !text.trim() || !name.trim()}>
        {busy ? "Analysing…" : "Analyse"}
      </button>
    </section>
  );
}
