import { createHash, timingSafeEqual } from "node:crypto";
import { userError } from "./errors.js";
import type { WriteToken } from "./settings.js";

/** Who is allowed to change the graph in this request, if anyone. */
export type Writer = { name: string } | { refused: string };

/** The writer named by an `Authorization: Bearer <token>` header, compared in constant time. */
export function writerOf(header: string | null, tokens: readonly WriteToken[]): Writer {
  if (tokens.length === 0) {
    return { refused: "This kgx is read-only: set KGX_WRITE_TOKEN on the server to allow changes." };
  }
  const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? "");
  if (!match?.[1]) return { refused: "Changes need the write token: send Authorization: Bearer <token>." };
  const given = hash(match[1].trim());
  const token = tokens.find((candidate) => timingSafeEqual(hash(candidate.secret), given));
  return token ? { name: token.name } : { refused: "The write token is not valid." };
}

/** The name to record on a change, or a FORBIDDEN error if the request may not change anything. */
export function requireWriter(writer: Writer): string {
  if ("refused" in writer) throw userError("FORBIDDEN", writer.refused);
  return writer.name;
}

function hash(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}
