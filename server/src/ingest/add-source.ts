import type { ManagedTransaction } from "neo4j-driver";
import { analyzeText } from "../analyze/analyze-text.js";
import type { Lexicon } from "../analyze/lexicon.js";
import type { TextAnalysis } from "../analyze/types.js";
import { validatedProperties } from "../curation/properties.js";
import { createNode } from "../curation/writes.js";
import { namedQuery } from "../cypher/named-queries.js";
import { UserError } from "../errors.js";
import { findViolations, relationshipRuleChecks } from "../model/integrity-checks.js";

/**
 * A source added in its own words (docs/decisions/0092-sources-in-their-own-words.md): the `addSource` mutation and
 * `kgx ingest` both come here, so a text is checked, stored and analysed the same way whichever way it arrives.
 */

/** The most characters a source's text may have: a long report, well under the GraphQL body limit. */
export const maxSourceChars = 900_000;

/** A source as a client or `kgx ingest` gives it. */
export interface SourceInput {
  name: string;
  text: string;
  publisher?: string | null | undefined;
  publishedOn?: string | null | undefined;
  url?: string | null | undefined;
  /** article, news report, statement, ...; "report" when not given. */
  sourceKind?: string | null | undefined;
}

/** Why a source's text cannot be stored, in one line; undefined when it can. */
export function sourceTextProblem(text: string): string | undefined {
  if (text.trim().length === 0) return "The source's text is empty: there is nothing to store";
  if (text.length > maxSourceChars) {
    return `The source's text has ${text.length.toLocaleString("en")} characters; at most ${maxSourceChars.toLocaleString("en")} are stored`;
  }
  return undefined;
}

/** `source:` and the name in lower case, words joined by hyphens: "TIME: North Korea..." → source:time-north-korea... */
export function sourceIdOf(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `source:${slug || "untitled"}`;
}

const sourceExists = namedQuery("queries/analysis.cypher", "source-exists");

/** How addSource reaches Neo4j: a write transaction (Database.write). */
export type WriteTransaction = <T>(work: (tx: ManagedTransaction) => Promise<T>) => Promise<T>;

/**
 * Checks a source against the model's rules, stores it with its full text and logs the change, all in one write
 * transaction; then analyses the text against `lexicon`. Throws a UserError, with nothing stored, when the text is
 * empty or too long, the id is taken, or a field breaks a rule (the message names the field).
 */
export async function addSource(
  write: WriteTransaction,
  lexicon: Lexicon,
  input: SourceInput,
  author: { who: string; via: string },
): Promise<{ id: string; analysis: TextAnalysis }> {
  const problem = sourceTextProblem(input.text);
  if (problem) throw new UserError(problem);
  const id = sourceIdOf(input.name);
  let props: Record<string, unknown>;
  try {
    props = validatedProperties("sources", {
      id,
      name: input.name,
      publisher: input.publisher,
      publishedOn: input.publishedOn,
      url: input.url,
      kind: input.sourceKind ?? "report",
    });
  } catch (error) {
    throw new UserError((error as Error).message);
  }
  await write(async (tx) => {
    const taken = (await tx.run(sourceExists, { id })).records[0]?.get("exists");
    if (taken) throw new UserError(`A source with id ${id} already exists: give the new one another name`);
    await createNode(tx, ["Source"], { ...props, text: input.text }, author);
    const violations = await findViolations(tx, { skip: relationshipRuleChecks, ids: [id] });
    if (violations.length > 0) {
      throw new UserError(
        `The source would break the graph's rules, nothing stored: ${violations[0]?.problem}`,
      );
    }
  });
  return { id, analysis: analyzeText(input.text, lexicon, input.publishedOn, input.publisher) };
}
