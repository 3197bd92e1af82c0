import type { Entry, Passage } from '../corpus/types.ts';
import type { Found } from './answer-question.ts';
import type { RankedPassage } from './rank-passages.ts';
import type { SearchIndex } from './search-index.ts';
import { squash } from './text.ts';

/*
 * Part of stage 4 of /ask, "compose": answers that are a whole entry's, not one sentence's: its summary
 * ("what is Resolution 102 about?", "who is Houlin Zhao?") and its verified title ("what is
 * Resolution 200 called?").
 */

/** An entry's summary as the answer. */
export function summaryOf(entry: Entry, index: SearchIndex, reason: string): Found {
  return { found: true, entry, passages: summaryPassages(entry, index), reason };
}

/** A numbered text's verified title as the answer, cited as its summary is. */
export function titleOf(entry: Entry, index: SearchIndex): Found | undefined {
  const [summary] = summaryPassages(entry, index);
  if (!summary) return undefined;
  const text = `The title of ${entry.symbol ?? entry.title} is "${entry.title}".`;
  const passage = { ...summary.passage, id: `${entry.id}#title`, text, context: '', isSummary: false };
  return {
    found: true,
    entry,
    passages: [{ ...summary, passage }],
    reason: 'asks the title of a named text',
  };
}

/**
 * True when a question word asks a title that compose shows beside the answer (`titleOf`): a numbered
 * text's verified one. "Which resolution was about IoT, and what is its title?" is so answered by any
 * passage of the text's entry, and "how did the title of Resolution 70 change" gets the title with it.
 */
export function titleShown(word: string, entry: Entry): boolean {
  return TITLE_WORD.test(word) && entry.number !== undefined && entry.titleUnverified !== true;
}

/** The word for a text's title. */
const TITLE_WORD = /^titles?$/;

/** The first two summary sentences of an entry, as ranked passages. */
export function summaryPassages(entry: Entry, index: SearchIndex): RankedPassage[] {
  return index
    .passagesOf(entry.id)
    .filter((p) => p.isSummary)
    .slice(0, 2)
    .map((passage) => chosenPassage(passage, entry));
}

/**
 * "What is X", "who was X", and "what is the full name of X (in Y)", which the clause reader makes of
 * "what does X stand for": X, when it names an entry, is answered by that entry's summary.
 */
const DEFINITION =
  /^(?:what|who|which)(?:'s|\s+(?:is|are|was|were))\s+(?:the\s+|an?\s+)?(?:(?:full|long)\s+(?:name|form)\s+of\s+(?:the\s+)?(.+?)(?:\s+in\s+[\p{L}\p{N}-]+)?|(.+?))[\s?.!]*$/iu;

/** A participle and where or when, after a name: "signed during PP-14", "adopted at the conference". */
const DONE_AT_CONFERENCE =
  /\s+(?:signed|adopted|agreed|approved|launched|presented|held|set\s+up|created|announced)\s+(?:during|at|in|on|by)\s+.+$/i;

/** The entry a "what is X" / "who is X" question names exactly by id, title or alias, if any. */
export function defined(question: string, index: SearchIndex): Entry | undefined {
  // "sry dumb q, what does PP mean": the chat before a comma does not change what is asked.
  const m = DEFINITION.exec(question.trim().replace(/^[^,]{1,40},\s*(?=(?:what|who|which)\b)/i, ''));
  // "What was the Busan Initiative signed during PP-14?": what the name is said to have had done to it
  // at the conference describes it, and the entry's summary says so.
  const name = (m?.[1] ?? m?.[2])?.replace(DONE_AT_CONFERENCE, '');
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

/**
 * A passage chosen for what its entry is (a summary, a text's number), not found by search: a ranked
 * passage with full marks and no matched terms.
 */
export function chosenPassage(passage: Passage, entry: Entry): RankedPassage {
  return {
    passage,
    entry,
    score: 1,
    coverage: 1,
    matchedTerms: [],
    queryTerms: [],
    textMatched: true,
    rank: 1,
  };
}
