import {
  fitWeight,
  namesSomeone,
  type QuestionShape,
  statesAge,
  statesMoney,
  statesQuantity,
} from './question.ts';
import type { SearchIndex } from './search-index.ts';
import type { PassageHit, WeightedQuery } from './search-types.ts';
import { terms } from './text.ts';

/** Tuning of question answering; every value has a named default. */
export interface AnswerQuestionOptions {
  /** A passage must match at least this share of the question's weighted words to be an answer. */
  minCoverage: number;
  /** A second sentence joins the answer when it scores at least this share of the best one. */
  secondSentenceRatio: number;
  /** Weight of passages from an entry whose title or alias the question contains ("Connect 2020"). */
  mentionedEntryBoost: number;
  /** Weight of summary sentences, which are written to answer "what is X". */
  summaryBoost: number;
  /** Weight of passages naming a country when the question asks "which country". */
  countryBoost: number;
  /** Weight of passages naming a person or a country when the question asks "who". */
  whoBoost: number;
  /** Weight of passages describing a source: they say what a document covers, not the facts. */
  sourceWeight: number;
  /** A second sentence sharing more than this share of its words with the first adds nothing. */
  maxOverlap: number;
  /** A sentence of the same entry answering the same question with other figures joins the answer
   * (sources disagreeing) when it scores at least this share of the best. */
  conflictRatio: number;
  /** Weight of a `label: value` field whose label is what the question asks ("who proposed" and
   * "Proposed by:"): the field answers it directly. */
  fieldLabelBoost: number;
  /**
   * Everyday phrases rewritten before the question is read ("in charge of" -> "head of"); when absent,
   * the corpus's own (its `vocabulary.yml`).
   */
  phrases?: readonly (readonly [RegExp, string])[];
  /** How many hits are considered. */
  candidates: number;
}

/** The defaults. */
export const DEFAULT_ANSWER_OPTIONS: AnswerQuestionOptions = {
  minCoverage: 0.5,
  secondSentenceRatio: 0.6,
  mentionedEntryBoost: 1.5,
  summaryBoost: 1.3,
  countryBoost: 1.5,
  whoBoost: 1.5,
  sourceWeight: 0.5,
  maxOverlap: 0.5,
  conflictRatio: 0.25,
  fieldLabelBoost: 2,
  candidates: 100,
};

/** A passage ranked for a question. */
export interface RankedPassage extends PassageHit {
  rank: number;
}

/** What {@link rankPassages} needs to know of a question beyond its text. */
export interface RankQuery {
  shape: QuestionShape;
  weighted: WeightedQuery;
  /** Entries the question names by title or alias ("the Internet of Things resolution"). */
  mentioned: ReadonlySet<string>;
}

/**
 * The passages that could answer a question, best first: BM25 (minisearch) times the share of the
 * question covered, squared, times each signal's weight. A passage must match in its own sentence, and
 * a question of a shape that needs a number, an age, an amount of money or someone keeps only passages
 * that state one. "What is the X of Y" keeps only passages about X, and a question naming a numbered
 * thing ("category 3", "document 98") only passages of that number: "Category 7" does not answer it.
 */
export function rankPassages(index: SearchIndex, q: RankQuery, o: AnswerQuestionOptions): RankedPassage[] {
  const numbered = numberedThings(q.shape.searchText);
  const asksFor = q.weighted.concepts.find((c) => c.word === q.shape.attribute);
  const asked = new Set(q.weighted.concepts.flatMap((c) => c.alternatives));
  const ranked = index
    .searchPassages(q.shape.searchText, q.weighted, o.candidates)
    // An answer must say something the question asks about, not merely sit in an entry that does.
    .filter((h) => h.textMatched)
    .filter((h) => !q.shape.wantsNumber || statesQuantity(h.passage.text))
    .filter((h) => !q.shape.wantsAge || statesAge(h.passage.text))
    // "Who designed the stamp": a sentence naming nobody cannot say who.
    .filter(
      (h) => !q.shape.wantsWho || namesSomeone(h.passage.text, (t) => index.namesPerson(t), index.countries),
    )
    .filter((h) => !q.shape.wantsMoney || statesMoney(h.passage.text))
    .filter((h) => numbered.every((n) => saysNumber(h, n)))
    // "What is the capital of X": the answer must say something about the capital, not only about X.
    .filter((h) => !asksFor || asksFor.alternatives.some((a) => h.queryTerms.includes(a)))
    // The search made these hits for this call alone: the rank is added to each rather than copying it
    // (the spread of every field was a tenth of ranking's own CPU, and garbage to collect).
    .map((h) =>
      Object.assign(h, { rank: h.score * h.coverage * h.coverage * weightOf(h, q, o, { asked, index }) }),
    );
  return ranked.sort((a, b) => b.rank - a.rank);
}

function weightOf(
  h: PassageHit,
  q: RankQuery,
  o: AnswerQuestionOptions,
  at: { asked: ReadonlySet<string>; index: SearchIndex },
): number {
  const text = h.passage.text;
  let w = 1;
  if (h.passage.isSummary) w *= o.summaryBoost;
  if (h.passage.isField && labelAsked(text, at.asked)) w *= o.fieldLabelBoost;
  if (h.entry.kind === 'source') w *= o.sourceWeight;
  if (q.mentioned.has(h.entry.id)) w *= o.mentionedEntryBoost;
  return w * fitWeight(q.shape, text, o, (t) => at.index.namesPerson(t), at.index.countries);
}

/**
 * True when a `label: value` field's label is what the question asks for ("who proposed" and
 * "Proposed by: Korea"). `asked` holds the terms of the question's words and of their synonyms.
 */
function labelAsked(text: string, asked: ReadonlySet<string>): boolean {
  const colon = text.indexOf(':');
  return colon >= 0 && labelTermsOf(text, colon).some((t) => asked.has(t));
}

/**
 * The terms of a field's label (`colon` is where the label ends), remembered per text: ranking stemmed
 * the same fields' labels again for every question that found them (about 1% of `/ask` CPU).
 */
function labelTermsOf(text: string, colon: number): readonly string[] {
  let got = LABEL_TERMS.get(text);
  if (got === undefined) {
    got = terms(text.slice(0, colon));
    if (LABEL_TERMS.size >= MAX_REMEMBERED_LABELS) LABEL_TERMS.clear();
    LABEL_TERMS.set(text, got);
  }
  return got;
}

/** Texts whose label terms {@link labelTermsOf} keeps at most (then it starts again). */
const MAX_REMEMBERED_LABELS = 20_000;
const LABEL_TERMS = new Map<string, readonly string[]>();

/** Words that make the number after them an identifier ("category 3", "round 4", "document 98"). */
const NUMBERED =
  /\b(?:category|categories|round|group|article|committee|document|doc|section|paragraph|annex|item|number|no|week|day|region|resolution|decision|recommendation|opinion)\.?\s*#?(\d{1,4})\b/gi;

/** The identifying numbers a question gives ("category 3" -> "3"). */
function numberedThings(question: string): string[] {
  return [...question.matchAll(NUMBERED)].map((m) => m[1] as string);
}

/** True when a passage, or the entry it belongs to, carries the number `n` as a whole number. */
function saysNumber(h: PassageHit, n: string): boolean {
  const whole = new RegExp(`(?<![\\d.,])${n}(?![\\d]|[.,]\\d)`);
  const e = h.entry;
  return (
    whole.test(h.passage.text) ||
    String(e.number) === n ||
    [e.id, e.title, e.symbol ?? '', ...e.aliases].some((name) => whole.test(name))
  );
}
