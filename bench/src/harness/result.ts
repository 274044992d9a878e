/** A target on the ratio kgx ÷ baseline. */
export interface Target {
  op: "<=" | ">=";
  value: number;
}

/** One line of the results table. */
export interface ResultRow {
  /** R1 … R10, as in issue 7. */
  measure: string;
  what: string;
  unit: string;
  kgx: number | null;
  baseline: number | null;
  ratio: number | null;
  target: string;
  met: boolean | null;
  /** Why a row was not measured, or what else a reader should know (e.g. a cap check). */
  note?: string;
  details?: unknown;
}

/** A measured row: the ratio kgx ÷ baseline against its target. */
export function resultRow(
  measure: string,
  what: string,
  unit: string,
  values: { kgx: number; baseline: number },
  target: Target,
  extra: { note?: string; details?: unknown; met?: boolean } = {},
): ResultRow {
  const ratio = values.baseline > 0 ? values.kgx / values.baseline : null;
  const withinTarget =
    ratio === null ? null : target.op === "<=" ? ratio <= target.value : ratio >= target.value;
  const met = withinTarget === null ? null : withinTarget && (extra.met ?? true);
  return {
    measure,
    what,
    unit,
    kgx: values.kgx,
    baseline: values.baseline,
    ratio,
    target: `${target.op === "<=" ? "≤" : "≥"} ${target.value}×`,
    met,
    ...(extra.note === undefined ? {} : { note: extra.note }),
    ...(extra.details === undefined ? {} : { details: extra.details }),
  };
}

/** A row that could not be measured in this run, with the reason. */
export function notMeasured(measure: string, what: string, target: Target, reason: string): ResultRow {
  return {
    measure,
    what,
    unit: "",
    kgx: null,
    baseline: null,
    ratio: null,
    target: `${target.op === "<=" ? "≤" : "≥"} ${target.value}×`,
    met: null,
    note: `not measured: ${reason}`,
  };
}
