import { UserError } from "../errors.js";

/** One thing wrong with a dataset file: where (file, line, column, path in the data) and what was expected. */
export interface DatasetProblem {
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  column: number;
  /** Where in the data, e.g. `claims[3].quote`; empty for the whole file. */
  path: string;
  message: string;
}

/** `file:line:column path: message`, the form editors and terminals turn into links. */
export function formatProblem(problem: DatasetProblem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  return `${where}${problem.path ? ` ${problem.path}` : ""}: ${problem.message}`;
}

/** A dataset that cannot be imported; `problems` lists every problem found, not just the first. */
export class DatasetError extends UserError {
  constructor(readonly problems: DatasetProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(
      `${problems[0]?.file ?? "dataset"}: ${count}, nothing imported\n${problems.map(formatProblem).join("\n")}`,
    );
  }
}
