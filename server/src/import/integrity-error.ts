import { UserError } from "../errors.js";
import type { Violation } from "../model/integrity-checks.js";

/** The import broke an invariant of the graph model; it was rolled back. */
export class IntegrityError extends UserError {
  constructor(readonly violations: Violation[]) {
    const shown = violations.slice(0, 20).map((v) => `${v.id}: ${v.problem} (check ${v.check})`);
    const more = violations.length > shown.length ? [`... and ${violations.length - shown.length} more`] : [];
    super(
      `import rolled back: ${violations.length} integrity check violation(s), nothing changed\n${[...shown, ...more].join("\n")}`,
    );
  }
}
