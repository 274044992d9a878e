/**
 * Valid kgx datasets of a chosen size, shaped like data/article.yaml: people with aliases, and claims with a
 * text, a quote, claimants and the nodes they are about. Used to measure and test what size one import carries.
 */

/**
 * How the bytes are spent: article-shaped by default; `dense` spends them on many short references, `nodes`
 * on many small nodes (the most transaction memory per byte).
 */
export type DatasetShape = "article" | "dense" | "nodes";

const filler =
  "North Korea has shipped containers that could hold millions of artillery shells to Russia, officials said";

/** A valid dataset of at least `bytes` bytes (and at most one record more). */
export function largeDataset(bytes: number, shape: DatasetShape = "article"): string {
  const people = shape === "dense" ? 2_000 : shape === "nodes" ? 10 : Math.max(10, Math.ceil(bytes / 20_000));
  const parts: string[] = [
    "format: kgx/1\n",
    "sources:\n  - id: source:generated\n    name: Generated source\n    kind: report\n",
    "people:\n",
  ];
  let size = parts.join("").length;
  for (let p = 0; p < people; p++) {
    const line = `  - id: person:p${p}\n    name: Person ${p}\n    aliases: [P${p}, the ${p}th official]\n    title: Official number ${p}\n`;
    parts.push(line);
    size += line.length;
  }
  if (shape === "nodes") return withItems(parts, size, bytes);
  parts.push("claims:\n");
  for (let c = 0; size < bytes; c++) {
    const record = shape === "dense" ? denseClaim(c, people) : articleClaim(c, people);
    parts.push(record);
    size += record.length;
  }
  return parts.join("");
}

function articleClaim(c: number, people: number): string {
  return (
    `  - id: claim:c${c}\n` +
    `    name: "Claim ${c}: containers shipped"\n` +
    `    text: ${filler} (${c}).\n` +
    `    quote: ${filler}, claim ${c}\n` +
    "    stance: asserts\n" +
    `    claimedBy: [person:p${c % people}]\n` +
    "    source: source:generated\n" +
    `    about: [person:p${(c * 7 + 1) % people}, person:p${(c * 13 + 2) % people}]\n`
  );
}

/** A short claim about fifty people: the most relationships per byte the format allows. */
function denseClaim(c: number, people: number): string {
  const about = Array.from({ length: 50 }, (_, k) => `person:p${(c * 50 + k) % people}`);
  return (
    `  - id: claim:c${c}\n    name: c${c}\n    text: t\n    quote: q\n    stance: asserts\n` +
    `    claimedBy: [person:p${c % people}]\n    source: source:generated\n    about: [${about.join(", ")}]\n`
  );
}

/** Items of one name each: the smallest records the format has. */
function withItems(parts: string[], start: number, bytes: number): string {
  parts.push("items:\n");
  for (let i = 0, size = start; size < bytes; i++) {
    const record = `  - id: item:i${i}\n    name: Item ${i}\n`;
    parts.push(record);
    size += record.length;
  }
  return parts.join("");
}
