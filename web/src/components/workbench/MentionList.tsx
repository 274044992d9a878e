import { choose } from "../../core/workbench/actions";
import { useWorkbench } from "../../core/workbench/store";

const kinds = ["person", "state", "organization", "place", "item", "event"];

/** Every mention the analyzer found, each to accept (as an entity, a candidate or a new entity) or reject. */
export function MentionList() {
  const analysis = useWorkbench((state) => state.analysis);
  const choices = useWorkbench((state) => state.choices);
  if (!analysis) return null;
  const acceptSure = () =>
    analysis.mentions.forEach((m, i) => {
      if (m.entity && choices[i]?.status === "pending") choose(i, { status: "accepted" });
    });
  return (
    <section className="workbench-mentions" aria-label="Mentions">
      <h3>
        Mentions{" "}
        <button type="button" onClick={acceptSure}>
          Accept the sure ones
        </button>
      </h3>
      <ol>
        {analysis.mentions.map((mention, i) => {
          const choice = choices[i];
          if (!choice) return null;
          const options = [mention.entity, ...mention.candidates].filter(
            (e, j, all) => e && all.findIndex((o) => o?.id === e.id) === j,
          );
          const named = options.find((e) => e?.id === choice.target);
          return (
            <li
              key={`${mention.start}-${mention.end}`}
              className={`wb-${choice.status}`}
              data-testid="mention"
            >
              <strong>{mention.text}</strong> <small>{mention.kind}</small>{" "}
              <select
                aria-label={`Entity for ${mention.text}`}
                value={choice.target}
                onChange={(e) => choose(i, { target: e.target.value })}
              >
                {options.map(
                  (e) =>
                    e && (
                      <option key={e.id} value={e.id}>
                        {e.name}
                      </option>
                    ),
                )}
                <option value="new">new entity</option>
              </select>
              {choice.target === "new" && (
                <>
                  <select
                    aria-label={`Kind of ${mention.text}`}
                    value={choice.kind}
                    onChange={(e) => choose(i, { kind: e.target.value })}
                  >
                    {kinds.map((k) => (
                      <option key={k}>{k}</option>
                    ))}
                  </select>
                  <input
                    aria-label={`Name of ${mention.text}`}
                    value={choice.name}
                    onChange={(e) => choose(i, { name: e.target.value })}
                  />
                </>
              )}
              {named && named.name !== mention.text && (
                <label>
                  <input
                    type="checkbox"
                    checked={choice.alias}
                    onChange={(e) => choose(i, { alias: e.target.checked })}
                  />{" "}
                  keep “{mention.text}” as an alias
                </label>
              )}
              <button
                type="button"
                aria-pressed={choice.status === "accepted"}
                onClick={() => choose(i, { status: "accepted" })}
              >
                Accept
              </button>
              <button
                type="button"
                aria-pressed={choice.status === "rejected"}
                onClick={() => choose(i, { status: "rejected" })}
              >
                Reject
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
