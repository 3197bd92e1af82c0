import type { Entry } from '../corpus/types.ts';
import { namesCountry } from './countries.ts';
import { findTextRefs, isKindWord } from './identifiers.ts';
import { hasCount, readQuestion } from './question.ts';
import {
  type AnswerQuestionOptions,
  DEFAULT_ANSWER_OPTIONS,
  type RankedPassage,
  rankPassages,
} from './rank-passages.ts';
import type { SearchIndex } from './search-index.ts';
import type { PassageHit, WeightedQuery } from './search-types.ts';
import { squash, terms } from './text.ts';
import { type Understanding, understand } from './understand.ts';
import {
  DEFAULT_VERIFY_OPTIONS,
  type Verdict,
  type VerifyInput,
  type VerifyOptions,
  verify,
} from './verify.ts';

/** A decline, with what the corpus has nearby: never presented as the answer. */
export interface Declined {
  found: false;
  /** Entries close to the question, offered as "related" only when they really are close. */
  nearest: Entry[];
  /** Why, for `--explain`. */
  reason: string;
  /** Greeting or thanks: a friendly word, not "that is not in the corpus". */
  smallTalk?: 'greeting' | 'thanks';
  /**
   * The corpus has the subject but not the thing asked ("what did the Council decide later"): the
   * passage it has, and the question words it does not account for.
   */
  partial?: { passage: RankedPassage; missing: string[] };
}

/** An answer: the supporting passages (the best first), verified to account for the question. */
export interface Found {
  found: true;
  passages: RankedPassage[];
  entry: Entry;
  /** Why the first passage answers, for `--explain`. */
  reason: string;
  /**
   * "no": a fact-check whose claimed name or number the corpus contradicts ("Zhao got 166 votes?":
   * 152). The passages give the corpus's value.
   */
  lead?: 'no';
}

/** Either the supporting passages, or a decline. */
export type QuestionResult = Found | Declined;

/** Tuning of answering: ranking and verification. */
export type AskOptions = AnswerQuestionOptions & VerifyOptions;

/** How many ranked passages verification looks at before declining. */
const MAX_VERIFIED_CANDIDATES = 40;

/** Words that ask what a text is about rather than about a topic ("what does resolution 177 cover"). */
const ABOUTNESS =
  /^(?:covers?|covered|covering|says?|said|mean|means|meant|contains?|summary|summarize|summarise|gist)$/;

/** Entries matching less than this share of an unanswerable question are not worth suggesting. */
const MIN_SUGGESTION_COVERAGE = 0.6;

/**
 * A sentence that gives a reason: what a "why" question needs. General English connectives of cause
 * and purpose; the corpus's own words for reasons are its business.
 */
const REASON =
  /\b(?:because|since|due to|owing to|as a result|so that|in order to|so as to|aim(?:s|ed)? (?:to|at)|after|amid|following|fear(?:s|ed)?|concern(?:s|ed)?|worr(?:y|ies|ied)|wanted|sought|seeking|would have|could not|lacked|reason|why|suspect\w*|justif\w*|serv(?:e|es|ed) to|in response|led to|prompt\w*|so\b)/i;

/**
 * Finds the best supported answer to a free question, in stages (docs/answering.md): understand the
 * line, retrieve passages, verify that a passage accounts for the question, and hand the composer the
 * passages with what it must say first. A question no passage accounts for is declined.
 */
export function answerQuestion(
  question: string,
  index: SearchIndex,
  options: Partial<AskOptions> = {},
): QuestionResult {
  return explainQuestion(question, index, options).result;
}

/** Every stage's output for one question, for `--explain`. */
export interface Explanation {
  understanding: Understanding;
  weighted: WeightedQuery;
  candidates: { hit: RankedPassage; verdict: Verdict }[];
  result: QuestionResult;
}

/** Answers a question and keeps each stage's output, so a user or an editor can see why. */
export function explainQuestion(
  question: string,
  index: SearchIndex,
  options: Partial<AskOptions> = {},
): Explanation {
  const o = { ...DEFAULT_ANSWER_OPTIONS, ...DEFAULT_VERIFY_OPTIONS, ...options };
  const vocabulary = index.corpus.vocabulary;
  const u = understand(question, index.nlp, {
    knows: (w) => index.knows(w),
    isName: (w) => index.isName(w),
    implied: new Set([index.corpus.conference.shortName, ...(vocabulary?.implied ?? [])].map(squash)),
  });
  const refs = findTextRefs(question);
  // "pp14" and "Pp 14" are how people type the conference's short name.
  const short = index.corpus.conference.shortName;
  const asked = u.question.replace(
    new RegExp(`\\b${short.replace(/[^A-Za-z0-9]+/g, '[\\s-]?')}\\b`, 'gi'),
    short,
  );
  const shape = readQuestion(asked, o.phrases ?? vocabulary?.phrases);
  const weighted = index.weigh(shape.searchText);
  const done = (result: QuestionResult, candidates: Explanation['candidates'] = []): Explanation => ({
    understanding: u,
    weighted,
    candidates,
    result,
  });
  if (u.smallTalk) {
    return done({ found: false, nearest: [], reason: `small talk (${u.smallTalk})`, smallTalk: u.smallTalk });
  }

  // "What is resolution 102 about?": nothing but the name, so the entry's summary is the answer.
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
  if (namedEntry && topical.length === 0 && namedEntry.summary.length > 0 && !u.yesNo) {
    return done(summaryOf(namedEntry, index, 'names the entry and asks nothing more'));
  }
  // "What are the Final Acts?", "Who is Houlin Zhao?": a question that names an entry gets its summary.
  const definitionOf = defined(asked, index);
  if (definitionOf) return done(summaryOf(definitionOf, index, 'asks what a named entry is'));
  if (!weighted.concepts.some((c) => c.known)) {
    return done({ found: false, nearest: [], reason: 'no word of the line is in the corpus' });
  }

  const ranked = rankPassages(index, { shape, weighted, mentioned: index.mentions(asked) }, o);
  const input: VerifyInput = {
    u,
    weighted,
    namesPerson: (t: string) => index.namesPerson(t),
    namesCountry: (t: string) => namesCountry(t),
  };
  const candidates = ranked
    .slice(0, MAX_VERIFIED_CANDIDATES)
    .map((hit) => ({ hit, verdict: verify(hit, input, o) }));
  const verified = candidates.filter((c) => c.verdict.ok).map((c) => c.hit);
  const decline = (reason: string, partial?: Declined['partial']) =>
    done(
      { found: false, nearest: nearestEntries(asked, index), reason, ...(partial ? { partial } : {}) },
      candidates,
    );

  if (verified.length === 0) {
    // A fact-check whose one claimed name or number the corpus gives otherwise: "No", with its value.
    const refNumbers = refs.map((r) => String(r.number));
    const correction = u.yesNo
      ? candidates.find((c) => contradicts(c.hit, c.verdict, input, o, refNumbers))
      : undefined;
    if (correction) {
      return done(
        {
          found: true,
          passages: [correction.hit],
          entry: correction.hit.entry,
          reason: 'contradicts the claim',
          lead: 'no',
        },
        candidates,
      );
    }
    const near = candidates.find(
      (c) => c.verdict.missingNames.length === 0 && c.verdict.missing.length > 0 && c.hit.coverage >= 0.5,
    );
    return decline(
      candidates[0]
        ? `no passage accounts for the question (best: ${candidates[0].verdict.reason})`
        : 'no passage matches',
      near ? { passage: near.hit, missing: near.verdict.missing } : undefined,
    );
  }
  // "Why": the first verified sentence that gives a reason; none means the corpus gives no reason.
  const best =
    u.kind === 'why' ? verified.find((h) => REASON.test(h.passage.text)) : (verified[0] as RankedPassage);
  if (!best) {
    const first = verified[0] as RankedPassage;
    return decline('no verified passage gives a reason', { passage: first, missing: ['the reason'] });
  }
  const reason = candidates.find((c) => c.hit === best)?.verdict.reason ?? '';
  const second = verified.find(
    (h) =>
      h !== best &&
      h.entry.id === best.entry.id &&
      h.rank >= o.secondSentenceRatio * best.rank &&
      !h.passage.isField &&
      overlap(h.passage.text, best.passage.text) <= o.maxOverlap,
  );
  // "Proposed by: Sierra Leone." answers, but says little alone: what the entry is about follows it.
  // A facts sheet's summary is about the whole conference and adds nothing to "Attendance: ...".
  if (best.passage.isField && best.entry.kind !== 'facts') {
    const [lead] = summaryPassages(best.entry, index);
    if (lead) return done({ found: true, passages: [best, lead], entry: best.entry, reason }, candidates);
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
  return done({ found: true, passages, entry: best.entry, reason }, candidates);
}

/**
 * True when a passage settles a fact-check against its claim: without the one name or number the
 * question claims, the passage accounts for the question, and it gives another value of that kind (a
 * count for a count, a country for a country, a name for a name). Numbers that identify a text
 * ("Res 25") are not claims.
 */
function contradicts(
  hit: RankedPassage,
  verdict: Verdict,
  q: VerifyInput,
  o: VerifyOptions,
  refs: string[],
): boolean {
  if (verdict.missingNames.length !== 1) return false;
  const claimed = verdict.missingNames[0] as string;
  if (refs.includes(claimed)) return false;
  const u = q.u;
  const without = {
    ...u,
    names: u.names.filter((n) => n !== claimed),
    numbers: u.numbers.filter((n) => n !== claimed),
  };
  if (!verify(hit, { ...q, u: without }, o).ok) return false;
  const text = hit.passage.text;
  if (u.numbers.includes(claimed)) return hasCount(text);
  if (namesCountry(claimed.replace(/^\w/, (c) => c.toUpperCase()))) return namesCountry(text);
  return /\s\p{Lu}\p{L}+/u.test(text);
}

function summaryOf(entry: Entry, index: SearchIndex, reason: string): Found {
  return { found: true, entry, passages: summaryPassages(entry, index), reason };
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
