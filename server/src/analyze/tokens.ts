import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

/**
 * Sentences, tokens and number and date entities of a text, from wink-nlp and its English model (both in the
 * package, nothing downloaded: docs/decisions/0090-text-analysis.md), with the UTF-16 offsets wink leaves out.
 */

/** One token: its offsets, its text and its part of speech (PROPN, NOUN, VERB, NUM, PUNCT, ...). */
export interface Token {
  start: number;
  end: number;
  text: string;
  pos: string;
}

/** A run of tokens, first..last inclusive, as wink reports sentences and entities. */
export interface TokenRange {
  first: number;
  last: number;
}

/** A wink entity: DATE, CARDINAL, MONEY, PERCENT, DURATION, ... */
export interface NlpEntity extends TokenRange {
  type: string;
}

/** A text read by wink: tokens with offsets, sentences and entities as token ranges. */
export interface ReadText {
  text: string;
  tokens: Token[];
  sentences: TokenRange[];
  entities: NlpEntity[];
}

// Loading the model takes a while; one per process, made on first use.
let nlp: ReturnType<typeof winkNLP> | undefined;

function engine(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model);
  return nlp;
}

/** Reads a text into tokens, sentences and entities. */
export function readText(text: string): ReadText {
  const wink = engine();
  const its = wink.its;
  const doc = wink.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, index) => {
    // wink keeps each token's text as written, in order; finding it from the cursor gives its offsets.
    const found = text.indexOf(value, cursor);
    const start = found >= 0 && found - cursor < 200 ? found : cursor;
    const end = found === start ? start + value.length : start;
    tokens.push({ start, end, text: text.slice(start, end), pos: tags[index] ?? "X" });
    cursor = end;
  });
  const sentences = (doc.sentences().out(its.span) as unknown as [number, number][]).map(([first, last]) => ({
    first,
    last,
  }));
  const entities: NlpEntity[] = [];
  doc.entities().each((entity: { out: (what: unknown) => unknown }) => {
    const [first, last] = entity.out(its.span) as unknown as [number, number];
    entities.push({ first, last, type: String(entity.out(its.type)) });
  });
  return { text, tokens, sentences, entities };
}
