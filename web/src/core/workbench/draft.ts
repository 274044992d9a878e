import type { ChangeSetInput, WorkbenchAnalyzeQuery } from "../../gql/graphql";

/** The suggestions for a report's text, as analyzeText gives them. */
export type Analysis = WorkbenchAnalyzeQuery["analyzeText"];
export type Mention = Analysis["mentions"][number];

/** What the curator decided about one mention. */
export interface MentionChoice {
  status: "pending" | "accepted" | "rejected";
  /** An entity's id, or "new" for a new entity named `name` of kind `kind`. */
  target: string;
  kind: string;
  name: string;
  /** Keep the mention's spelling as an alias of the entity it names. */
  alias: boolean;
}

/** A claim the curator is making; its quote is text.slice(start, end), verbatim by construction. */
export interface ClaimDraft {
  start: number;
  end: number;
  quote: string;
  /** An entity id or a new entity's ref (see `entityOptions`). */
  claimant: string;
  stance: string;
  about: string[];
  quantity: number | null;
  unit: string;
  /** When the claimant said it, as precise as the report is: YYYY, YYYY-MM or YYYY-MM-DD; "" when not given. */
  statedOn: string;
}

const partialDate = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Why a claim's "stated on" cannot be stored, in one line, or undefined when it can: the model's partial dates
 * (server/src/model/dates.ts), a year, a month or a real day. The server checks it again on commit.
 */
export function statedOnProblem(statedOn: string): string | undefined {
  const text = statedOn.trim();
  if (!text) return undefined;
  const match = partialDate.exec(text);
  const [, y, m, d] = match ?? [];
  const realDay = !d || Number(d) <= new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  if (match && realDay) return undefined;
  return `Stated on: "${text.slice(0, 20)}" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`;
}

/** The first choice for a mention: its sure entity, else its first candidate, else a new entity. */
export function firstChoice(mention: Mention): MentionChoice {
  const target = mention.entity?.id ?? mention.candidates[0]?.id ?? "new";
  return { status: "pending", target, kind: mention.kind, name: mention.text, alias: false };
}

/** A new entity's ref in a change set: its kind and name as a slug (no ':', as the server asks). */
export function refOf(kind: string, name: string): string {
  return `new-${kind}-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

/** The entities a claim may name: those of the accepted mentions, each once. */
export function entityOptions(
  mentions: readonly Mention[],
  choices: readonly MentionChoice[],
): { value: string; label: string }[] {
  const options = new Map<string, string>();
  mentions.forEach((mention, i) => {
    const choice = choices[i];
    if (choice?.status !== "accepted") return;
    if (choice.target === "new")
      options.set(refOf(choice.kind, choice.name), `${choice.name} (new ${choice.kind})`);
    else {
      const known = [mention.entity, ...mention.candidates].find((e) => e?.id === choice.target);
      options.set(choice.target, known?.name ?? choice.target);
    }
  });
  return [...options]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** The change set the curator's decisions make, for commitChangeSet. */
export function changeSetOf(
  source: { name: string; text: string; publishedOn: string; publisher?: string },
  mentions: readonly Mention[],
  choices: readonly MentionChoice[],
  claims: readonly ClaimDraft[],
): ChangeSetInput {
  const entities = new Map<string, { ref: string; kind: string; name: string }>();
  const aliases = new Map<string, { entity: string; alias: string }>();
  mentions.forEach((mention, i) => {
    const choice = choices[i];
    if (choice?.status !== "accepted") return;
    if (choice.target === "new") {
      const ref = refOf(choice.kind, choice.name);
      entities.set(ref, { ref, kind: choice.kind, name: choice.name });
      return;
    }
    const known = [mention.entity, ...mention.candidates].find((e) => e?.id === choice.target);
    if (choice.alias && known && known.name !== mention.text) {
      aliases.set(`${choice.target} ${mention.text}`, { entity: choice.target, alias: mention.text });
    }
  });
  return {
    source: {
      new: {
        name: source.name,
        text: source.text,
        ...(source.publishedOn ? { publishedOn: source.publishedOn } : {}),
        ...(source.publisher?.trim() ? { publisher: source.publisher.trim() } : {}),
      },
    },
    entities: [...entities.values()],
    aliases: [...aliases.values()],
    claims: claims.map((claim) => ({
      start: claim.start,
      end: claim.end,
      claimant: claim.claimant,
      stance: claim.stance,
      about: claim.about,
      ...(claim.quantity !== null ? { figure: { quantity: claim.quantity, unit: claim.unit || null } } : {}),
      ...(claim.statedOn.trim() ? { statedOn: claim.statedOn.trim() } : {}),
    })),
  };
}
