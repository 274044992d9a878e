import { constants } from "node:fs";
import { open, realpath } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";

/** Why a source's `textFile` was refused, as one line to report at the textFile entry. */
export class TextFileRefusal extends Error {}

/**
 * Reads a source's text file, which must be a regular file inside the dataset's folder: not an absolute path,
 * no `..` leaving the folder, no symbolic link that resolves outside it (the text is stored in the graph and
 * served to every reader, so anything else would publish files of the server's machine). At most `maxBytes`.
 */
export async function readTextInFolder(
  datasetPath: string,
  textFile: string,
  maxBytes: number,
): Promise<string> {
  const shownFolder = dirname(datasetPath);
  const outside = (how: string) =>
    new TextFileRefusal(
      `textFile '${textFile}' ${how} outside the dataset's folder (${shownFolder}); put the text next to the dataset`,
    );
  if (isAbsolute(textFile)) throw outside("is");
  const folder = await realpath(shownFolder);
  const wanted = resolve(folder, textFile);
  if (!inside(folder, wanted)) throw outside("is");
  const real = await realpath(wanted).catch((error: NodeJS.ErrnoException) => {
    throw new TextFileRefusal(`cannot read textFile '${textFile}' (${wanted}): ${reason(error)}`);
  });
  if (!inside(folder, real)) throw outside(`is a symbolic link to ${real},`);
  // O_NOFOLLOW and fstat on the open handle: what we check is what we read, even if the folder changes meanwhile.
  const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(
    (error: NodeJS.ErrnoException) => {
      throw new TextFileRefusal(`cannot read textFile '${textFile}' (${real}): ${reason(error)}`);
    },
  );
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new TextFileRefusal(
        `textFile '${textFile}' is not a regular file (${kindOf(info)}); expected a text file next to the dataset`,
      );
    }
    if (info.size > maxBytes) {
      throw new TextFileRefusal(
        `textFile '${textFile}' is ${megabytes(info.size)}, more than the ${megabytes(maxBytes)} left of the import limit; split the dataset`,
      );
    }
    return decode(await handle.readFile(), textFile);
  } finally {
    await handle.close();
  }
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function decode(bytes: Buffer, textFile: string): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new TextFileRefusal(`textFile '${textFile}' is not valid UTF-8; save it as UTF-8`);
  }
  const control = firstControlCharacter(text);
  if (control) {
    throw new TextFileRefusal(
      `textFile '${textFile}' holds the control character ${control.name} at line ${control.line}, column ${control.column}; remove it`,
    );
  }
  return text;
}

/** C0 control characters other than tab, line feed and carriage return: never meant in a dataset's text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** The first control character of `text` (see controlCharacters), with its 1-based line and column. */
export function firstControlCharacter(
  text: string,
): { name: string; line: number; column: number; offset: number } | undefined {
  const match = controlCharacters.exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index);
  const lineStart = before.lastIndexOf("\n") + 1;
  return {
    name: controlName(match[0]),
    line: before.split("\n").length,
    column: [...before.slice(lineStart)].length + 1,
    offset: match.index,
  };
}

/** U+0000 (NUL), U+001B (ESC): the code point, and the usual name of the two that people meet. */
export function controlName(char: string): string {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  return char === "\u0000" ? `${code} (NUL)` : char === "\u001b" ? `${code} (ESC)` : code;
}

function reason(error: NodeJS.ErrnoException): string {
  if (error.code === "ENOENT") return "no such file; expected a text file next to the dataset";
  if (error.code === "ELOOP") return "a symbolic link loop or a symbolic link where a file was expected";
  if (error.code === "EACCES") return "permission denied";
  return error.code ?? error.message;
}

function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return "a folder";
  if (info.isFIFO()) return "a pipe";
  if (info.isSocket()) return "a socket";
  return "a device";
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
