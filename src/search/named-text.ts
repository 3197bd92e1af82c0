import type { Entry } from '../corpus/types.ts';
import type { Found } from './answer-question.ts';
import { summaryOf, titleOf } from './entry-answers.ts';
import { isKindWord, type TextRef } from './identifiers.ts';
import type { SearchIndex } from './search-index.ts';
import type { WeightedQuery } from './search-types.ts';
import { escapeRegExp, squash } from './text.ts';
import type { Understanding } from './understand.ts';
import { SETS_ASIDE } from './verify-aside.ts';

/*
 * Part of stage 4 of /ask, "compose": a question that names a numbered text and asks nothing more of it
 * ("what is Resolution 190 about?", "the subject of Resolution 190 adopted at Busan") is answered by the
 * text's summary, and one that asks its name by its verified title. See docs/answering.md.
 */

/** Words that ask what a text is about rather than about a topic ("what does resolution 177 cover"). */
export const ABOUTNESS =
  /^(?:covers?|covered|covering|handles?|handled|handling|deals?|dealt|dealing|address|addresses|addressed|addressing|tackles?|tackled|says?|said|mean|means|meant|contains?|summary|summarize|summarise|gist|focus|focuses|focused|concern|concerns|concerned|subject|topic|theme|purpose|scope|aim)$/;

/** Words that ask for the whole of what is asked ("the full subject", "the exact title"): no topic. */
const WHOLE = /^(?:full|complete|exact|entire|whole|actual)$/;

/** Words that ask what a text is called: its title. */
const NAMING = /^(?:called|named|titled|entitled)$/;

/**
 * The summary or the title of the numbered text a question names, when that is all it asks; undefined
 * when the question asks something more of the text (it then goes through retrieve and verify).
 */
export function namedTextAnswer(
  u: Understanding,
  weighted: WeightedQuery,
  asked: string,
  refs: readonly TextRef[],
  index: SearchIndex,
): Found | undefined {
  const namedEntry = namedEntryOf(refs, index);
  if (namedEntry === undefined) return undefined;
  // "What is resolution 102 about?": nothing but the name, so the entry's summary is the answer.
  const refWords = new Set(refs.flatMap((r) => [String(r.number)]));
  // "What is the name of Resolution 200?": the type word asks for its title.
  // "The title or subject of Res. 196": the first of two type words asked is one too.
  const namingWord = /^(?:title|name)s?$/.test(u.typeWord ?? '')
    ? u.typeWord
    : /\b(?:title|name)s?\s+or\s+\w+\s+of\b/i.exec(asked)?.[0].split(/\s+/)[0]?.toLowerCase();
  // "Resolution 203 adopted at PP-14": the pieces the search cuts the conference's name into ("pp", "14")
  // are that name, not a topic.
  const impliedParts = new Set(
    u.tokens
      .filter((t) => index.impliedNames.has(squash(t.text)))
      .flatMap((t) => t.text.toLowerCase().split(/[^\p{L}\p{N}]+/u)),
  );
  const topical = weighted.concepts.filter(
    (c) =>
      !refWords.has(c.word) &&
      // "(Rev. Busan)", "in its Busan revision": the revision is part of the text's designation.
      !/^(?:r\d+|d\d+|rev|revision|version)$/.test(c.word) &&
      !isKindWord(c.word) &&
      !ABOUTNESS.test(c.word) &&
      !NAMING.test(c.word) &&
      !WHOLE.test(c.word) &&
      c.word !== namingWord &&
      // "Resolution 200 from the 2014 conference": the conference's own names add nothing, nor does
      // an action done there ("Resolution 190 adopted at Busan").
      !index.impliedNames.has(squash(c.word)) &&
      !impliedParts.has(c.word) &&
      !doneAtConference(asked, c.word, index.impliedNames),
  );
  // "What is Resolution 200 called?" asks its title, not its summary.
  const asksName = weighted.concepts.some((c) => NAMING.test(c.word)) || namingWord !== undefined;
  // "Which decisions other than Decision 5 …" sets the named text aside: its summary is no answer.
  const setAside = SETS_ASIDE.test(u.question);
  // "Why was Resolution 130 so contentious?": a reason, which what the text is about is not.
  if (
    topical.length === 0 &&
    namedEntry.summary.length > 0 &&
    !u.yesNo &&
    u.kind !== 'why' &&
    !asksName &&
    !setAside
  ) {
    return summaryOf(namedEntry, index, 'names the entry and asks nothing more');
  }
  // "What is the official title of Resolution 189?", "what is Resolution 200 called?": the text's
  // verified title, quoted.
  // "Resolution 190 (Busan, 2014) - what is its title?", "Exact title of Res. 201": a title the only
  // thing asked of the text, wherever the clause puts it, asks it as "the title of" does.
  // Not "why was the title of Resolution 70 changed at Busan" (a reason), nor "how did its title change".
  const onlyTitle =
    u.kind !== 'why' &&
    u.kind !== 'how' &&
    topical.length > 0 &&
    topical.every((c) => /^titles?$/.test(c.word));
  const asksTitle = u.typeWord === 'title' || onlyTitle || (topical.length === 0 && asksName);
  if (asksTitle && !namedEntry.titleUnverified && !u.yesNo) {
    return titleOf(namedEntry, index);
  }
  // "The title or subject of Res. 196": with no verified title, what the text is about answers the
  // second half.
  const asksAbout = weighted.concepts.some((c) => ABOUTNESS.test(c.word));
  if (
    asksTitle &&
    asksAbout &&
    topical.length === 0 &&
    namedEntry.summary.length > 0 &&
    !u.yesNo &&
    !setAside
  ) {
    return summaryOf(namedEntry, index, 'asks the title or the subject of a text whose title is unverified');
  }
  return undefined;
}

/** True when the question says a word is done at the conference itself: "adopted at Busan", "agreed in PP-14". */
function doneAtConference(question: string, word: string, implied: ReadonlySet<string>): boolean {
  // Without " at ", " in " or " by " the pattern cannot match: most questions skip compiling it.
  if (!AT_IN_BY.test(question)) return false;
  const m = doneAtPattern(word).exec(question);
  return m?.[1] !== undefined && implied.has(squash(m[1]));
}

/** What every match of {@link doneAtPattern} holds (its letters match only ASCII ones, even under `iu`). */
const AT_IN_BY = /\s(?:at|in|by)\s/i;

/**
 * "<word> at|in|by [the] <name>", compiled once per word: compiling a case-insensitive pattern with
 * `\p{L}` costs about 17 µs, more than the rest of this check, and the same words come back question
 * after question. Not global, so sharing one object is safe. Bounded: cleared when full.
 */
function doneAtPattern(word: string): RegExp {
  let re = DONE_AT.get(word);
  if (re === undefined) {
    if (DONE_AT.size >= MAX_DONE_AT) DONE_AT.clear();
    re = new RegExp(`\\b${escapeRegExp(word)}\\s+(?:at|in|by)\\s+(?:the\\s+)?([\\p{L}\\p{N}-]+)`, 'iu');
    DONE_AT.set(word, re);
  }
  return re;
}

const DONE_AT = new Map<string, RegExp>();
const MAX_DONE_AT = 2_000;

/** The entry of the numbered text a question names ("Resolution 190"), if the corpus has it. */
export function namedEntryOf(refs: readonly TextRef[], index: SearchIndex): Entry | undefined {
  // Most questions name no text: no walk over every entry (and a closure made for each).
  if (refs.length === 0) return undefined;
  return index.corpus.entries.find((e) => refs.some((r) => r.kind === e.kind && r.number === e.number));
}
