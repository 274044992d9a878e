import { useEffect, useState } from "react";
import { history, revert } from "../../core/workbench/actions";
import { useWorkbench } from "../../core/workbench/store";

type ChangeSets = Awaited<ReturnType<typeof history>>;

/** What a set did: added a report, reverted one, or re-applied one by reverting its revert (decision 0098). */
function verbOf(set: ChangeSets[number]): string {
  if (set.action === "commit") return "Added";
  return set.created.length > 0 ? "Re-applied" : "Reverted";
}

/** The recent change sets, newest first, each with a way to revert it (a revert's revert re-applies it). */
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
              {verbOf(set)} {set.source} — {set.by}, {set.at.slice(0, 16)} (
              {set.action === "commit" || set.created.length > 0
                ? `${set.created.length} created, ${set.changed.length} changed`
                : `${set.deleted.length} deleted`}
              )
            </span>
            {!set.revertedBy && (
              <button type="button" disabled={busy} onClick={() => void revert(set.id)}>
                {set.action === "revert" && set.created.length === 0 ? "Re-apply" : "Revert"}
              </button>
            )}
            {set.revertedBy && <em> reverted</em>}
          </li>
        ))}
      </ol>
    </section>
  );
}
