import type { ReadText, Token } from "./tokens.js";
import type { ClaimSuggestion, Figure, Mention, Stance } from "./types.js";

/**
 * Claims: clauses a sentence attributes to someone ("X said ...", "..., X said", "according to X", "X denied ...").
 * The verb gives the stance; a say-verb's clause that is itself an estimate or a forecast ("is estimated to",
 * "is set to") gives that instead. The claimant is the mention the attribution names; a pronoun ("he said") stands
 * for the last person who made a claim. A nested source ("..., Yonhap reported") ends a clause but makes no claim.
 */

const verbStances: Record<string, Stance> = {};
const verbs: [Stance, string][] = [
  [
    "asserts",
    "said says say told tells tell stated states announced announces reported reports added adds claimed claims confirmed confirms noted notes wrote writes believes believe believed insisted insists argued argues accused accuses alleged alleges",
  ],
  ["denies", "denied denies deny rejected rejects dismissed dismisses refuted refutes disputed disputes"],
  ["estimates", "estimated estimates estimate calculated calculates reckoned reckons"],
  [
    "forecasts",
    "predicted predicts predict forecast forecasts expects expect warned warns projected projects",
  ],
];
for (const [stance, list] of verbs) for (const verb of list.split(" ")) verbStances[verb] = stance;

const claimantKinds = new Set(["person", "state", "organization"]);
const passiveBefore = /\b(is|are|was|were|be|been|being)\s*$/i;
/** What may stand between a claimant and its verb: "Shin also said", "Russia has denied". */
const between =
  /^\s*,?\s*((also|has|have|had|later|again|previously|repeatedly|publicly|flatly|strongly|firmly|reportedly)\s+)*$/i;
const forecastWords =
  /\b(will|would soon|is set to|are set to|is poised to|are poised to|is expected to|are expected to|is likely to|are likely to|plans to|could soon)\b|^if\b/i;
const estimateWords = /\b(is|are|was|were) estimated\b|\bestimates?\b/i;

interface Attribution {
  verb: Token;
  stance: Stance;
  claimants: Mention[];
  /** The claimant comes after the clause it attributes ("..., Shin said"). */
  trailing: boolean;
  /** For a pronoun claimant, the mention it stands for. */
  referent: Mention | null;
  /** The verb comes before the claimant ('"...," said Varenko'). */
  inverted: boolean;
}

/** The claims of a text, in text order. */
export function findClaims(
  read: ReadText,
  mentions: readonly Mention[],
  figures: readonly Figure[],
): ClaimSuggestion[] {
  const { tokens, text } = read;
  const claims: ClaimSuggestion[] = [];
  let lastClaimant: Mention | undefined;
  for (const sentence of read.sentences) {
    const sentenceTokens = tokens.slice(sentence.first, sentence.last + 1);
    const firstWord = sentenceTokens.find((t) => t.pos !== "SPACE" && t.text.trim());
    if (!firstWord) continue;
    const sStart = firstWord.start;
    let sEnd = (sentenceTokens.at(-1) as Token).end;
    while (sEnd > sStart && /[\s.!?"”’]/.test(text[sEnd - 1] ?? "")) sEnd -= 1;
    const inSentence = mentions.filter((m) => m.start >= sStart && m.end <= sEnd);
    const found = attributionsOf(sentenceTokens, inSentence, text, lastClaimant, mentions);
    const make = (
      start: number,
      end: number,
      stance: Stance,
      claimant: Mention,
      referent: Mention | null = null,
    ) => {
      const span = trimmed(text, start, end);
      if (!span) return;
      const quote = text.slice(span.start, span.end);
      let finalStance = stance;
      if (stance === "asserts" && estimateWords.test(quote)) finalStance = "estimates";
      else if ((stance === "asserts" || stance === "estimates") && forecastWords.test(quote))
        finalStance = "forecasts";
      const about = mentions.filter((m) => m.start >= span.start && m.end <= span.end && m !== claimant);
      const figure = figures.find((f) => f.start >= span.start && f.end <= span.end) ?? null;
      claims.push({ ...span, quote, stance: finalStance, claimant, referent, about, figure });
    };
    const first = found[0];
    if (!first) {
      const according = accordingTo(sentenceTokens, inSentence, text, sStart, sEnd);
      if (according) {
        make(according.start, according.end, according.stance, according.claimant);
        lastClaimant = according.claimant;
      }
      continue;
    }
    const next = found[1];
    for (const claimant of first.claimants) {
      const say = (start: number, end: number, stance: Stance) =>
        make(start, end, stance, claimant, first.referent);
      if (first.trailing) {
        const clauseEnd = text.lastIndexOf(",", first.inverted ? first.verb.start : claimant.start);
        say(leadIn(text, sStart, clauseEnd), clauseEnd, first.stance);
        afterVerb(first.verb.end, sEnd, first.stance, say, text, sentenceTokens, true);
      } else {
        let end = sEnd;
        // A later attribution in the same sentence is the source of this one: the clause stops before it.
        if (next?.trailing && next.claimants[0]) end = text.lastIndexOf(",", next.claimants[0].start);
        if (first.stance === "denies") {
          const comma = text.indexOf(",", first.verb.end);
          const from = (first.claimants[0] as Mention).start;
          say(from, comma > 0 && comma < end ? comma : end, "denies");
        } else afterVerb(first.verb.end, end, first.stance, say, text, sentenceTokens, false);
      }
    }
    lastClaimant = first.referent ?? first.claimants.find((c) => c.kind === "person") ?? lastClaimant;
  }
  return claims;
}

/** The clause after a say-verb, split where ", adding that" or ", accelerating ..." starts another clause. */
function afterVerb(
  from: number,
  to: number,
  stance: Stance,
  make: (start: number, end: number, stance: Stance) => void,
  text: string,
  sentence: readonly Token[],
  onlyAdding: boolean,
): void {
  let start = from;
  if (onlyAdding) {
    const adding = /^[\s,]*(adding|saying)\s+(that\s+)?/i.exec(text.slice(from, to));
    if (!adding) return;
    start = from + adding[0].length;
  } else {
    // "told reporters that ...", "said that ...": the clause starts after "that"; "told reporters ..." after them.
    const rest = text.slice(from, to);
    // "told lawmakers on Tuesday that ...": a "that" close after the verb starts the clause.
    const lead =
      /^[^,;]{0,40}?\bthat\s+/.exec(rest) ??
      /^\s*(?:reporters|journalists|the press|lawmakers)\b[\s,]*/.exec(rest);
    start = from + (lead?.[0].length ?? 0);
  }
  // Participles after a comma ("..., accelerating the pace") and ", adding that" start clauses of their own.
  const cuts = sentence.filter(
    (t, i) =>
      t.start > start &&
      t.end < to &&
      sentence[i - 1]?.text === "," &&
      t.pos === "VERB" &&
      /ing$/i.test(t.text) &&
      !/^according$/i.test(t.text),
  );
  let clauseStart = start;
  for (const cut of cuts) {
    make(clauseStart, text.lastIndexOf(",", cut.start), stance);
    clauseStart = cut.start;
    const adding = /^(adding|saying)\s+(that\s+)?/i.exec(text.slice(cut.start, to));
    if (adding) clauseStart += adding[0].length;
  }
  make(clauseStart, to, stance);
}

/** Attributions of a sentence: each say-verb with the claimants right before it, in order. */
function attributionsOf(
  sentence: readonly Token[],
  mentions: readonly Mention[],
  text: string,
  lastClaimant: Mention | undefined,
  all: readonly Mention[],
): Attribution[] {
  const found: Attribution[] = [];
  const sentenceStart = sentence[0]?.start ?? 0;
  const sentenceEnd = sentence.at(-1)?.end ?? sentenceStart;
  for (const verb of sentence) {
    const stance = verbStances[verb.text.toLowerCase()];
    if (!stance || verb.pos === "NOUN") continue;
    if (passiveBefore.test(text.slice(Math.max(sentenceStart, verb.start - 12), verb.start))) continue;
    const lead = text.slice(sentenceStart, verb.start);
    const rest = text.slice(verb.end, sentenceEnd);
    let claimants: Mention[] = [];
    let referent: Mention | null = null;
    let inverted = false;
    // "Shin said", "Kuzmenko, warned", "Lindqvist, a shipping analyst at the Institute, said".
    const appositive = /,\s*[^,]{3,90},\s*$/.exec(lead);
    const beforeAppositive = appositive
      ? mentions.find(
          (m) => m.end === sentenceStart + (appositive.index as number) && claimantKinds.has(m.kind),
        )
      : undefined;
    const before =
      beforeAppositive ??
      [...mentions].reverse().find((m) => m.end <= verb.start && between.test(text.slice(m.end, verb.start)));
    const after = mentions.find((m) => m.start >= verb.end && /^\s+$/.test(text.slice(verb.end, m.start)));
    if (before && claimantKinds.has(before.kind)) {
      claimants = [before];
      // "North Korea and Russia deny": both deny.
      const other = [...mentions]
        .reverse()
        .find((m) => m.end <= before.start && /^\s*,?\s*and\s*$/.test(text.slice(m.end, before.start)));
      if (other && claimantKinds.has(other.kind)) claimants.unshift(other);
    } else if (after && claimantKinds.has(after.kind) && /[,"”]\s*$/.test(lead)) {
      // '"There are no such shipments," said Ilya Varenko'
      claimants = [after];
      inverted = true;
    } else {
      const pronoun = /\b(he|she)\s+$/i.exec(text.slice(Math.max(sentenceStart, verb.start - 6), verb.start));
      const earlier =
        lastClaimant ?? [...all].reverse().find((m) => m.end <= verb.start && m.kind === "person");
      if (pronoun && earlier) {
        const start = verb.start - pronoun[0].length;
        const end = start + (pronoun[1] as string).length;
        referent = earlier;
        const score = Math.round(earlier.score * 80) / 100;
        claimants = [{ ...earlier, start, end, text: text.slice(start, end), score }];
      }
    }
    if (claimants.length === 0) continue;
    const [only] = claimants;
    if (!referent && claimants.length === 1 && only) referent = fullNameOf(only, all);
    // A clause before the claimant is attributed after the fact ("..., Shin said") when little follows the verb.
    const clauseBefore = text.slice(sentenceStart, (claimants[0] as Mention).start);
    const littleAfter = /^\s*(,|$|(on|this|last|in|at|late|early)\b[^,]*(,|$)|\S+\s*$)/.test(rest);
    const trailing = inverted || (/,\s*$/.test(clauseBefore) && littleAfter);
    found.push({ verb, stance, claimants, trailing, referent, inverted });
  }
  return found;
}

/** For a new name said by one word ("Lindqvist"), the earlier mention of the whole name ("Mara Lindqvist"). */
function fullNameOf(claimant: Mention, all: readonly Mention[]): Mention | null {
  if (claimant.entity || /\s/.test(claimant.text)) return null;
  const word = claimant.text.toLowerCase();
  return (
    all.find(
      (m) =>
        m.start < claimant.start &&
        m.kind === claimant.kind &&
        !m.entity &&
        m.text.toLowerCase().split(/\s+/).includes(word) &&
        /\s/.test(m.text),
    ) ?? null
  );
}

/** "..., according to estimates from X" and "According to X, ...". */
function accordingTo(
  sentence: readonly Token[],
  mentions: readonly Mention[],
  text: string,
  sStart: number,
  sEnd: number,
): { start: number; end: number; stance: Stance; claimant: Mention } | undefined {
  const index = sentence.findIndex(
    (t, i) => t.text.toLowerCase() === "according" && sentence[i + 1]?.text.toLowerCase() === "to",
  );
  const to = sentence[index + 1];
  if (index < 0 || !to) return undefined;
  const claimant = mentions.find(
    (m) =>
      m.start >= to.end &&
      claimantKinds.has(m.kind) &&
      /^\s*((estimates|figures|data|a report|reports|a statement|statements|officials)\s+(from|by|of)\s+)?(the\s+)?$/i.test(
        text.slice(to.end, m.start),
      ),
  );
  if (!claimant) return undefined;
  const stance: Stance = /estimates|figures/i.test(text.slice(to.end, claimant.start))
    ? "estimates"
    : "asserts";
  const atStart = (sentence[index] as Token).start <= sStart;
  if (atStart) {
    // "According to X, a research group, ...": the clause starts after a short appositive.
    const appositive = /^,\s*[^,]{3,40},/.exec(text.slice(claimant.end, sEnd));
    const comma = appositive ? claimant.end + appositive[0].length - 1 : text.indexOf(",", claimant.end);
    return comma > 0 && comma < sEnd ? { start: comma + 1, end: sEnd, stance, claimant } : undefined;
  }
  const comma = text.lastIndexOf(",", (sentence[index] as Token).start);
  return {
    start: leadIn(text, sStart, comma),
    end: comma > sStart ? comma : (sentence[index] as Token).start,
    stance,
    claimant,
  };
}

/** Where a clause starts: after a short lead-in such as "On top of this," or "While". */
function leadIn(text: string, sStart: number, end: number): number {
  const lead = /^(\s*[\p{L}]+(\s+[\p{L}]+){0,3},\s+)/u.exec(text.slice(sStart, end));
  return lead ? sStart + lead[0].length : sStart;
}

/** A span without spaces and punctuation at its ends; undefined when nothing is left. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:"“]/.test(text[s] ?? "")) s += 1;
  while (e > s && /[\s,;:"”]/.test(text[e - 1] ?? "")) e -= 1;
  return e - s >= 8 ? { start: s, end: e } : undefined;
}
