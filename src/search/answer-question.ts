import type { Entry } from '../corpus/types.ts';
import { findTextRefs, isKindWord } from './identifiers.ts';
import { readQuestion } from './question.ts';
import {
  type AnswerQuestionOptions,
  DEFAULT_ANSWER_OPTIONS,
  type RankedPassage,
  rankPassages,
} from './rank-passages.ts';
import type { SearchIndex } from './search-index.ts';
import type { PassageHit, WeightedQuery } from './search-types.ts';
import { squash, terms } from './text.ts';

/** Either the supporting passages (the best first), or nothing relevant. */
export type QuestionResult =
  | { found: true; passages: RankedPassage[]; entry: Entry }
  | { found: false; nearest: Entry[] };

/** Words that ask what a text is about rather than about a topic ("what does resolution 177 cover"). */
const ABOUTNESS =
  /^(?:covers?|covered|covering|says?|said|mean|means|meant|contains?|summary|summarize|summarise|gist)$/;

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
  // "pp14" and "Pp 14" are how people type the conference's short name.
  const short = index.corpus.conference.shortName;
  const asked = question.replace(
    new RegExp(`\\b${short.replace(/[^A-Za-z0-9]+/g, '[\\s-]?')}\\b`, 'gi'),
    short,
  );
  const shape = readQuestion(asked, o.phrases);
  // A question about another meeting ("at PP-18", "WRC-15") is answered only by a sentence naming it.
  const otherMeetings = (asked.match(/\b[A-Za-z]{2,5}-?\d{2,4}\b/g) ?? [])
    .map(squash)
    .filter((m) => m !== squash(short));

  // "What is resolution 102 about?": nothing but the name, so the entry's summary is the answer.
  const weighted = index.weigh(shape.searchText);
  const refWords = new Set(refs.flatMap((r) => [String(r.number)]));
  const topical = weighted.concepts.filter(
    (c) =>
      !refWords.has(c.word) &&
      !/^(?:r\d+|d\d+)$/.test(c.word) &&
      !isKindWord(c.word) &&
      !ABOUTNESS.test(c.word),
  );
  const namedEntry = index.corpus.entries.find((e) =>
    refs.some((r) => r.kind === e.kind && r.number === e.number),
  );
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

  const ranked = rankPassages(index, { shape, weighted, mentioned: index.mentions(question) }, o);
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
    // The sentence names the meeting, or is a field of the entry about it ("Venue: Dubai World Trade
    // Centre" in the PP-18 entry): a field describes its entry's subject, prose may not.
    !otherMeetings.some((m) =>
      [
        best.passage.text,
        ...(best.passage.isField ? [best.entry.id, best.entry.title, ...best.entry.aliases] : []),
      ].some((t) => squash(t).includes(m)),
    );
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
  // "Proposed by: Sierra Leone." answers, but says little alone: what the entry is about follows it.
  // A facts sheet's summary is about the whole conference and adds nothing to "Attendance: ...".
  if (best.passage.isField && best.entry.kind !== 'facts') {
    const [lead] = summaryPassages(best.entry, index);
    if (lead) return { found: true, passages: [best, lead], entry: best.entry };
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
  const passages = conflicting ? [best, conflicting] : [best];
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
  const entries = index.corpus.entries;
  const wanted = squash(name);
  // A bare number names a resolution only through "resolution N", which the caller reads first.
  if (/^\d+$/.test(wanted)) return undefined;
  return index.nameIndex
    .named(wanted)
    .map((p) => entries[p] as Entry)
    .find((e) => e.kind !== 'source' && e.summary.length > 0);
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
