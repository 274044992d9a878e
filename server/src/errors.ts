/** A failure the user can act on: the CLI prints its message as one line, without a stack trace. */
export class UserError extends Error {
  override readonly name = "UserError";
}

/** The message of anything thrown, for one-line reports. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
