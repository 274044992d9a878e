import type { DateMention, Figure, Mention, TextAnalysis } from "@kgx/server/dist/analyze/types.js";
import { claimantOf, type Expected, locate, sameUnit } from "./analyze-score.js";

type Claim = TextAnalysis["claims"][number];

/** What a text should yield: expected mentions, figures, dates and claims. */
export interface Gold {
  mentions: Expected<Mention>[];
  figures: Expected<Figure>[];
  dates: Expected<DateMention>[];
  claims: Expected<Claim>[];
  /** Claims whose claimant the text names (not the publisher's own voice). */
  attributedClaims: Expected<Claim>[];
}

interface Named {
  id: string;
  name: string;
  aliases?: string[];
}

const fold = (s: string) => s.replace(/[’‘]/g, "'").toLowerCase();

/**
 * The article's gold from data/article.yaml, independent of the analyzer: each place where the text spells an
 * entity's name or alias (case and apostrophes aside, whole words, a shorter name inside a longer one left out);
 * each claim figure as a number and unit found anywhere; each claim's quote where it stands, with its claimants.
 */
export function articleGold(dataset: Record<string, unknown>, text: string, publisher: string): Gold {
  const lists = ["people", "states", "organizations", "places", "items", "events"];
  const entities = lists.flatMap((list) => (dataset[list] ?? []) as Named[]);
  const folded = fold(text);
  const spots: { start: number; end: number; id: string }[] = [];
  for (const entity of entities) {
    for (const name of [entity.name, ...(entity.aliases ?? [])]) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fold(name))}(?![\\p{L}\\p{N}])`, "gu");
      for (const m of folded.matchAll(pattern))
        spots.push({ start: m.index, end: m.index + m[0].length, id: entity.id });
    }
  }
  const kept = spots.filter(
    (s) =>
      !spots.some(
        (o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start,
      ),
  );
  const unique = new Map(kept.map((s) => [`${s.start}:${s.end}:${s.id}`, s]));
  const mentions: Expected<Mention>[] = [...unique.values()].map((s) => ({
    ...s,
    accepts: (m) => m.entity?.id === s.id,
  }));
  const claims = (dataset.claims ?? []) as {
    quote: string;
    quantity?: number;
    unit?: string;
    claimedBy: string[];
  }[];
  const figureKeys = new Map<string, { quantity: number; unit: string }>();
  for (const c of claims)
    if (c.quantity !== undefined)
      figureKeys.set(`${c.quantity} ${c.unit}`, { quantity: c.quantity, unit: c.unit ?? "" });
  // A figure is expected wherever the analyzer's figure would agree with one: its span comes from the suggestion.
  const figures: Expected<Figure>[] = [];
  for (const { quantity, unit } of figureKeys.values()) {
    figures.push({
      start: 0,
      end: text.length,
      accepts: (f) => f.quantity === quantity && sameUnit(f.unit, unit),
    });
  }
  // A claimant agrees when it is the entity, or, for a new name (on an empty database), spells one of its names.
  const names = new Map(entities.map((e) => [e.id, [e.name, ...(e.aliases ?? [])].map(fold)]));
  const agrees = (claimedBy: string[], s: Claim) => {
    const who = claimantOf(s);
    return claimedBy.includes(who) || claimedBy.some((id) => names.get(id)?.includes(fold(who)));
  };
  const claimGold = claims.flatMap((c) => {
    const at = locate(text, c.quote);
    return at ? [{ ...at, claimedBy: c.claimedBy, accepts: (s: Claim) => agrees(c.claimedBy, s) }] : [];
  });
  return {
    mentions,
    figures,
    dates: [],
    claims: claimGold,
    attributedClaims: claimGold.filter((c) => !c.claimedBy.includes(publisher)),
  };
}

/** The expected annotations of a test report (data/test-reports/*.yaml), placed in its text in order. */
export function reportGold(report: Record<string, unknown>, text: string): Gold {
  const place = <S>(
    items: Record<string, unknown>[],
    key: string,
    accepts: (item: Record<string, unknown>) => (s: S) => boolean,
  ) => {
    const seen = new Map<string, number>();
    return items.flatMap((item) => {
      const needle = String(item[key]);
      const nth = seen.get(needle) ?? 0;
      seen.set(needle, nth + 1);
      const at = locate(text, needle, nth);
      return at ? [{ ...at, accepts: accepts(item) }] : [];
    });
  };
  const list = (name: string) => (report[name] ?? []) as Record<string, unknown>[];
  const claims = place<Claim>(list("claims"), "quote", (c) => (s) => claimantOf(s) === c.claimant);
  return {
    mentions: place<Mention>(
      list("mentions"),
      "text",
      (m) => (s) => (m.entity ? s.entity?.id === m.entity : !s.entity && s.kind === m.kind),
    ),
    figures: place<Figure>(
      list("figures"),
      "text",
      (f) => (s) => s.quantity === f.quantity && sameUnit(s.unit, String(f.unit)),
    ),
    dates: place<DateMention>(list("dates"), "text", (d) => (s) => s.date === String(d.date)),
    claims,
    attributedClaims: claims,
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
