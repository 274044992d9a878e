import { open, stat } from "node:fs/promises";
import { DatasetError, type DatasetProblem } from "./problems.js";

/**
 * Files larger than this are refused before they are read: the most a default Neo4j (1 GB heap) carries in
 * the import's one transaction, with margin, whatever the file holds; see docs/decisions/0012-*.md.
 */
export const defaultMaxBytes = 4 * 1024 * 1024;

/**
 * Reads a dataset file as UTF-8 text, refusing (with a DatasetError) a file that is missing, too large, empty,
 * or not valid UTF-8. The size is checked before reading, so a huge file costs nothing.
 */
export async function readDatasetText(
  file: string,
  shown: string,
  maxBytes = defaultMaxBytes,
): Promise<string> {
  const problem = (message: string, line = 0, column = 0): DatasetError =>
    new DatasetError([{ file: shown, line, column, path: "", message }]);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw problem("no such file");
  if (info.size > maxBytes) {
    // Just over the limit, both sizes round to the same megabytes; then the bytes say it.
    const close = megabytes(info.size) === megabytes(maxBytes);
    const size = close ? `${info.size} bytes` : megabytes(info.size);
    const limit = close ? `${maxBytes} bytes (${maxBytes / 1024 / 1024} MiB)` : megabytes(maxBytes);
    throw problem(
      `the file is ${size}, larger than the import limit of ${limit}; split it into several files`,
    );
  }
  const handle = await open(file, "r");
  const bytes = await handle.readFile().finally(() => handle.close());
  const text = decodeUtf8(bytes);
  if (text === undefined) {
    const invalid = firstInvalidUtf8(bytes) ?? 0;
    const { line, column } = positionOfByte(bytes, invalid);
    throw problem(
      `byte 0x${bytes[invalid]?.toString(16).padStart(2, "0")} at offset ${invalid} is not valid UTF-8; save the file as UTF-8`,
      line,
      column,
    );
  }
  if (text.trim() === "")
    throw problem("the file is empty; expected a kgx dataset starting with 'format: kgx/1'");
  return text;
}

/** The text, or undefined if the bytes are not valid UTF-8 (the native decoder is fast; ours finds where). */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The offset of the first byte that does not belong to a valid UTF-8 sequence, or undefined if all are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    if (length > 1 && !validSequence(bytes, i, length)) return i;
    i += length;
  }
  return undefined;
}

function validSequence(bytes: Uint8Array, start: number, length: number): boolean {
  if (start + length > bytes.length) return false;
  for (let k = 1; k < length; k++) if (((bytes[start + k] ?? 0) & 0xc0) !== 0x80) return false;
  const b0 = bytes[start] ?? 0;
  const b1 = bytes[start + 1] ?? 0;
  // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
  if (b0 === 0xe0 && b1 < 0xa0) return false;
  if (b0 === 0xed && b1 >= 0xa0) return false;
  if (b0 === 0xf0 && b1 < 0x90) return false;
  if (b0 === 0xf4 && b1 >= 0x90) return false;
  return true;
}

/** The 1-based line and column (in characters) of a byte offset, counting only the valid text before it. */
export function positionOfByte(bytes: Uint8Array, offset: number): Pick<DatasetProblem, "line" | "column"> {
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
  const lines = before.split("\n");
  return { line: lines.length, column: [...(lines.at(-1) ?? "")].length + 1 };
}
