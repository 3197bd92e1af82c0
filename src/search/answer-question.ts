import type { Entry } from '../corpus/types.ts';
import { findTextRefs } from './identifiers.ts';
import { fitWeight, readQuestion, statesQuantity } from './question.ts';
import type { PassageHit, SearchIndex, WeightedQuery } from './search-index.ts';
import { squash, terms } from './text.ts';

/** Tuning of question answering; every value has a named default. */
export interface AnswerQuestionOptions {
  /** A passage must match at least this share of the question's weighted words to be an answer. */
  minCoverage: number;
  /** A second sentence joins the answer when it scores at least this share of the best one. */
  secondSentenceRatio: number;
  /** Weight of passages from an entry the question names ("resolution 102"). */
  namedEntryBoost: number;
  /** Weight of passages from an entry whose title or alias the question contains ("Connect 2020"). */
  mentionedEntryBoost: number;
  /** Weight of summary sentences, which are written to answer "what is X". */
  summaryBoost: number;
  /** Weight of passages with a number when the question asks "how many": others cannot answer it. */
  numberBoost: number;
  /** Weight of passages that count the very thing asked about ("452 proposals" for "how many proposals"). */
  countBoost: number;
  /** Weight of passages with a number in words ("six committees") when the question asks "how many". */
  numberWordBoost: number;
  /** Weight of passages with a date when the question asks "when". */
  dateBoost: number;
  /** Weight of passages naming a country when the question asks "which country". */
  countryBoost: number;
  /** Weight of passages naming a person or a country when the question asks "who". */
  whoBoost: number;
  /** Weight of passages describing a source: they say what a document covers, not the facts. */
  sourceWeight: number;
  /** Weight of `label: value` field passages: prose reads better as an answer when both fit. */
  fieldWeight: number;
  /** A second sentence sharing more than this share of its words with the first adds nothing. */
  maxOverlap: number;
  /** A sentence of the same entry answering the same question with other figures joins the answer
   * (sources disagreeing) when it scores at least this share of the best. */
  conflictRatio: number;
  /** How many hits are considered. */
  candidates: number;
}

/** The defaults. */
export const DEFAULT_ANSWER_OPTIONS: AnswerQuestionOptions = {
  minCoverage: 0.5,
  secondSentenceRatio: 0.6,
  namedEntryBoost: 3,
  mentionedEntryBoost: 1.5,
  summaryBoost: 1.3,
  numberBoost: 2,
  numberWordBoost: 1.5,
  countBoost: 3,
  dateBoost: 1.5,
  countryBoost: 1.5,
  whoBoost: 1.5,
  fieldWeight: 0.85,
  sourceWeight: 0.5,
  maxOverlap: 0.5,
  conflictRatio: 0.25,
  candidates: 100,
};

/** A passage ranked for a question. */
export interface RankedPassage extends PassageHit {
  rank: number;
}

/** Either the supporting passages (best first, in reading order when two), or nothing relevant. */
export type QuestionResult =
  | { found: true; passages: RankedPassage[]; entry: Entry }
  | { found: false; nearest: Entry[] };

/**
 * Matched words weighing less than this ("PP", "14", "resolution": in most passages) are no evidence
 * that a question is about the corpus, so they cannot outvote a word the corpus lacks ("5G").
 */
const MIN_EVIDENCE_WEIGHT = 0.25;

/** Entries matching less than this share of an unanswerable question are not worth suggesting. */
const MIN_SUGGESTION_COVERAGE = 0.4;

/**
 * Finds the best supported answer to a free question: one sentence, or two from the same entry when
 * both score well. Refuses (found: false) when no passage covers enough of the question, so a question
 * about something the corpus lacks gets "not in the corpus" rather than a paragraph sharing one word.
 */
export function answerQuestion(
  question: string,
  index: SearchIndex,
  options: Partial<AnswerQuestionOptions> = {},
): QuestionResult {
  const o = { ...DEFAULT_ANSWER_OPTIONS, ...options };
  const refs = findTextRefs(question);
  const named = new Set(
    index.corpus.entries
      .filter((e) => refs.some((r) => r.kind === e.kind && r.number === e.number))
      .map((e) => e.id),
  );
  // "pp14" and "Pp 14" are how people type the conference's short name.
  const short = index.corpus.conference.shortName;
  const asked = question.replace(
    new RegExp(`\\b${short.replace(/[^A-Za-z0-9]+/g, '[\\s-]?')}\\b`, 'gi'),
    short,
  );
  const shape = readQuestion(asked);
  // A question about another meeting ("at PP-18", "WRC-15") is answered only by a sentence naming it.
  const otherMeetings = (asked.match(/\b[A-Za-z]{2,5}-?\d{2,4}\b/g) ?? [])
    .map(squash)
    .filter((m) => m !== squash(short));

  // "What is resolution 102 about?": nothing but the name, so the entry's summary is the answer.
  const weighted = index.weigh(shape.searchText);
  const refWords = new Set(refs.flatMap((r) => [String(r.number)]));
  const topical = weighted.concepts.filter(
    (c) => !refWords.has(c.word) && !/^(?:resolutions?|res|decisions?|dec|r\d+|d\d+)$/.test(c.word),
  );
  const namedEntry = index.corpus.entries.find((e) => named.has(e.id));
  if (namedEntry && topical.length === 0 && namedEntry.summary.length > 0) {
    return { found: true, entry: namedEntry, passages: summaryPassages(namedEntry, index) };
  }
  // "What are the Final Acts?", "Who is Houlin Zhao?": a question that names an entry gets its summary.
  const definitionOf = defined(question, index);
  if (definitionOf) {
    return {
      found: true,
      entry: definitionOf,
      passages: summaryPassages(definitionOf, index),
    };
  }
  // More unknown words than matched known ones: the question is about something the corpus lacks.
  const unknown = weighted.concepts.filter((c) => !c.known).length;

  const mentioned = index.mentions(question);
  const hits = index.searchPassages(shape.searchText, weighted).slice(0, o.candidates);
  const ranked: RankedPassage[] = hits
    // An answer must say something the question asks about, not merely sit in an entry that does.
    .filter((h) => h.textMatched)
    .map((h) => {
      let rank = h.score * h.coverage * h.coverage;
      if (h.passage.isSummary) rank *= o.summaryBoost;
      if (h.passage.isField) rank *= o.fieldWeight;
      if (h.entry.kind === 'source') rank *= o.sourceWeight;
      if (named.has(h.entry.id)) rank *= o.namedEntryBoost;
      else if (mentioned.has(h.entry.id)) rank *= o.mentionedEntryBoost;
      rank *= fitWeight(shape, h.passage.text, o, (t) => index.namesPerson(t));
      return { ...h, rank };
    })
    .sort((a, b) => b.rank - a.rank);

  // "How many" is answered with a quantity or not at all: a sentence without one cannot be right.
  if (shape.wantsNumber) {
    const numeric = ranked.filter((h) => statesQuantity(h.passage.text));
    ranked.splice(0, ranked.length, ...numeric);
  }
  const best = ranked[0];
  const matchedKnown = best
    ? weighted.concepts.filter(
        (c) =>
          c.known &&
          c.weight >= MIN_EVIDENCE_WEIGHT &&
          c.alternatives.some((a) => best.queryTerms.includes(a)),
      ).length
    : 0;
  const aboutOther =
    best !== undefined &&
    otherMeetings.length > 0 &&
    !otherMeetings.some((m) => squash(best.passage.text).includes(m));
  if (!best || best.coverage < o.minCoverage || unknown >= Math.max(matchedKnown, 1) || aboutOther) {
    return { found: false, nearest: nearestEntries(question, index) };
  }
  const second = ranked.find(
    (h) =>
      h !== best &&
      h.entry.id === best.entry.id &&
      h.coverage >= o.minCoverage &&
      h.rank >= o.secondSentenceRatio * best.rank &&
      !h.passage.isField &&
      overlap(h.passage.text, best.passage.text) <= o.maxOverlap,
  );
  if (best.passage.isField) {
    // "Proposed by: Sierra Leone." says little alone: lead with what the entry is about.
    const [lead] = summaryPassages(best.entry, index);
    if (lead) return { found: true, passages: [lead, best], entry: best.entry };
  }
  // Where the entry gives other figures for the same thing, show them too: sources disagree.
  const conflicting =
    second ??
    ranked.find(
      (h) =>
        h !== best &&
        h.entry.id === best.entry.id &&
        !h.passage.isField &&
        h.coverage >= o.minCoverage &&
        covers(h, best, weighted) &&
        h.rank >= o.conflictRatio * best.rank &&
        /\d/.test(best.passage.text) &&
        newFigures(h.passage.text, best.passage.text),
    );
  const passages = conflicting ? [best, conflicting].sort((a, b) => order(a) - order(b)) : [best];
  return { found: true, passages, entry: best.entry };
}

/** The first two summary sentences of an entry, as ranked passages. */
function summaryPassages(entry: Entry, index: SearchIndex): RankedPassage[] {
  return index
    .passagesOf(entry.id)
    .filter((p) => p.isSummary)
    .slice(0, 2)
    .map((passage) => ({
      passage,
      entry,
      score: 1,
      coverage: 1,
      matchedTerms: [],
      queryTerms: [],
      textMatched: true,
      rank: 1,
    }));
}

const DEFINITION = /^(?:what|who|which)(?:'s|\s+(?:is|are|was|were))\s+(?:the\s+|an?\s+)?(.+?)[\s?.!]*$/i;

/** The entry a "what is X" / "who is X" question names exactly by id, title or alias, if any. */
function defined(question: string, index: SearchIndex): Entry | undefined {
  const name = DEFINITION.exec(question.trim())?.[1];
  if (!name) return undefined;
  const wanted = squash(name);
  return index.corpus.entries.find(
    (e) =>
      e.kind !== 'source' &&
      e.summary.length > 0 &&
      [e.id, e.title, ...e.aliases].some((n) => squash(n) === wanted),
  );
}

/** True when `h` matches every word of the question that `best` matches: it answers the same thing. */
function covers(h: PassageHit, best: PassageHit, weighted: WeightedQuery): boolean {
  const has = (p: PassageHit, alternatives: string[]) => alternatives.some((a) => p.queryTerms.includes(a));
  return weighted.concepts.every((c) => !has(best, c.alternatives) || has(h, c.alternatives));
}

/** True when `text` states numbers that `other` does not ("2015-2018" against "2016-2019"). */
function newFigures(text: string, other: string): boolean {
  // Numbers inside names ("PP-14", "WRC-15") are not figures.
  const figures = (t: string) => new Set(t.match(/(?<![\p{L}\d-])\d+(?:[.,]\d+)*/gu) ?? []);
  const theirs = figures(other);
  return [...figures(text)].some((f) => !theirs.has(f));
}

/** Share of the shorter text's terms that the other text also has. */
function overlap(a: string, b: string): number {
  const ta = new Set(terms(a));
  const tb = new Set(terms(b));
  const shared = [...ta].filter((t) => tb.has(t)).length;
  return shared / Math.max(Math.min(ta.size, tb.size), 1);
}

function order(h: RankedPassage): number {
  return Number(h.passage.id.slice(h.passage.id.lastIndexOf('#') + 1));
}

/** Entries sharing the question's known words, for "did you mean" when there is no answer. */
function nearestEntries(question: string, index: SearchIndex): Entry[] {
  // Suggest only entries that share a fair part of the question: "new" in "best pizza in new york"
  // matches many entries and says nothing.
  return index
    .searchEntries(question)
    .filter((h) => h.entry.kind !== 'source' && h.coverage >= MIN_SUGGESTION_COVERAGE)
    .slice(0, 3)
    .map((h) => h.entry);
}
