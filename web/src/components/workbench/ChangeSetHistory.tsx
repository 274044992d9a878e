import { useEffect, useState } from "react";
import { history, revert } from "../../core/workbench/actions";
import { useWorkbench } from "../../core/workbench/store";

type ChangeSets = Awaited<ReturnType<typeof history>>;

/** The recent change sets, newest first, each with a way to revert it. */
export function ChangeSetHistory() {
  const revision = useWorkbench((state) => state.revision);
  const busy = useWorkbench((state) => state.busy);
  const [sets, setSets] = useState<ChangeSets | null>(null);
  useEffect(() => {
    // The revision is what makes a commit or a revert reload the list.
    void revision;
    history().then(setSets, () => setSets([]));
  }, [revision]);
  if (!sets) return <p className="reader-status">Loading the history…</p>;
  return (
    <section className="workbench-history" aria-label="Change sets">
      <h3>History</h3>
      {sets.length === 0 && <p>No change set yet.</p>}
      <ol>
        {sets.map((set) => (
          <li key={set.id} data-testid="change-set">
            <span>
              {set.action === "commit" ? "Added" : "Reverted"} {set.source} — {set.by}, {set.at.slice(0, 16)}{" "}
              (
              {set.action === "commit"
                ? `${set.created.length} created, ${set.changed.length} changed`
                : `${set.deleted.length} deleted`}
              )
            </span>
            {set.action === "commit" && !set.revertedBy && (
              <button type="button" disabled={busy} onClick={() => void revert(set.id)}>
                Revert
              </button>
            )}
            {set.revertedBy && <em> reverted</em>}
          </li>
        ))}
      </ol>
    </section>
  );
}
