import type { Entry, Passage } from '../corpus/types.ts';
import type { Found } from './answer-types.ts';
import { chosenPassage } from './entry-answers.ts';
import { isNegated } from './polarity.ts';
import { isQuestionWord } from './question-kind.ts';
import type { SearchIndex } from './search-index.ts';
import { isoDay, MONTH_NAMES, nameWords } from './text.ts';
import type { Understanding } from './understand.ts';
import { MAX_NAME_WORDS } from './verify-subject.ts';
import { statesDate } from './verify-type.ts';

/*
 * Part of stage 4 of /ask, "compose": a fact-check that puts one of the corpus's dated events at a time
 * ("the ministerial meeting was after the conference closed, right?", "the Busan Declaration was
 * adopted at the closing ceremony?", "the UAE bid was on 22 Oct?"). The corpus dates its events
 * (`date:` in their front matter), so the claim is checked against that date, not against whatever
 * sentence shares the claim's words: "No" and the event's dated sentence when they differ, the dated
 * sentence alone when they agree. See docs/answering.md.
 */

/** How a claimed time stands to the date it names. */
type Relation = 'after' | 'before' | 'on';

/** A time a line claims for its event: a relation to a date. */
interface ClaimedTime {
  relation: Relation;
  /** ISO date, "2014-11-07". */
  date: string;
}

/** An event the line names, where, and whether a word of time stands before it ("after the opening"). */
interface NamedEvent {
  entry: Entry;
  date: string;
  at: number;
  relation: Relation | undefined;
}

/**
 * The answer to a fact-check that dates one event of the corpus by a day ("on 21 Oct") or by another
 * event ("after the opening", "at the closing ceremony"), if the line plainly says that: a yes/no
 * question (or a statement `line` asks, ending in "?"), not negated, naming exactly one dated event
 * as its subject and at least one time for it. `asked` is the line as read.
 */
export function timeCorrection(
  u: Understanding,
  asked: string,
  line: string,
  index: SearchIndex,
): Found | undefined {
  // "The ministerial meeting was on 21 Oct, after the opening?": a statement asked is a fact-check too.
  const checks = u.yesNo || (u.kind === 'other' && /\?\s*$/.test(line));
  if (!checks || isNegated(u.tokens)) return undefined;
  const words = nameWords(asked);
  if (isQuestionWord(words[0] ?? '')) return undefined;
  const events = eventsNamed(words, index);
  const subjects = events.filter((e) => e.relation === undefined);
  const [subject] = subjects;
  if (subjects.length !== 1 || subject === undefined) return undefined;
  const claimed: ClaimedTime[] = [
    ...events.flatMap((e) => (e.relation === undefined ? [] : [{ relation: e.relation, date: e.date }])),
    ...daysOf(asked, subject.date.slice(0, 4)),
    ...conferenceTimesOf(words, index),
  ];
  if (claimed.length === 0) return undefined;
  // "PP-14 closed on 6 November?": the entry records a source giving that day, and the answer must show
  // the sources' disagreement, which the question's own passages do.
  if (claimed.some((c) => c.relation === 'on' && recorded(subject.entry, c.date, index))) return undefined;
  const passage = datedPassage(subject.entry, index);
  if (passage === undefined) return undefined;
  const holds = claimed.every((c) => holdsAt(subject.date, c));
  return {
    found: true,
    entry: subject.entry,
    passages: [chosenPassage(passage, subject.entry)],
    reason: holds
      ? "the event's own date bears out the time claimed"
      : "the event's own date is not the time claimed",
    ...(holds ? {} : { lead: 'no' as const }),
  };
}

/** True when an event on `date` (ISO) is at the time claimed. */
function holdsAt(date: string, c: ClaimedTime): boolean {
  if (c.relation === 'after') return date > c.date;
  if (c.relation === 'before') return date < c.date;
  return date === c.date;
}

/**
 * The dated events a line names, longest phrase first, each with the word of time before it, if any:
 * a subject ("the ministerial meeting") has none, a time ("after the opening") has one.
 */
function eventsNamed(words: readonly string[], index: SearchIndex): NamedEvent[] {
  const out: NamedEvent[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let k = Math.min(words.length, i + MAX_NAME_WORDS); k > i; k--) {
      const ids = [...new Set(index.entriesNamed(words.slice(i, k).join(' ')))];
      const entry = ids.length === 1 ? index.corpus.byId.get(ids[0] as string) : undefined;
      if (entry?.kind !== 'event' || entry.date === undefined) continue;
      // Another meeting of the series ("PP-18") runs for weeks from its date: no one day to check.
      if (index.otherMeetings.has(entry.id)) return [];
      if (!out.some((e) => e.entry === entry))
        out.push({ entry, date: entry.date, at: i, relation: relationBefore(words, i) });
      i = k - 1;
      break;
    }
  }
  return out;
}

/** The word of time just before a name ("after the opening", "at the closing ceremony"), if any. */
function relationBefore(words: readonly string[], at: number): Relation | undefined {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const w = words[i] as string;
    const relation = RELATIONS.get(w);
    if (relation) return relation;
    if (!SKIPPED.has(w)) return undefined;
  }
  return undefined;
}

/** Words of time before an event's name, and how they place the claim. General English. */
const RELATIONS: ReadonlyMap<string, Relation> = new Map([
  ['after', 'after'],
  ['following', 'after'],
  ['before', 'before'],
  ['ahead', 'before'],
  ['prior', 'before'],
  ['at', 'on'],
  ['during', 'on'],
  ['on', 'on'],
]);

/** Words between a word of time and the name: "after the", "ahead of the", "prior to its". */
const SKIPPED: ReadonlySet<string> = new Set(['the', 'of', 'to', 'its', 'their', 'official']);

/**
 * The conference's own first or last day, where a line places a claim by it: "after the conference
 * closed", "before PP-14 opened", "at the end", "at the close". The corpus gives the days
 * (`corpus.yml`); the words of opening and ending are general English.
 */
function conferenceTimesOf(words: readonly string[], index: SearchIndex): ClaimedTime[] {
  const { start, end } = index.corpus.conference;
  const out: ClaimedTime[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const edge = ENDING.test(w) ? end : OPENING.test(w) ? start : undefined;
    if (edge === undefined) continue;
    // "the conference closed", "pp 14 ended": the verb after one of the conference's own names.
    const named = [1, 2].find((n) => i >= n && index.impliedNames.has(words.slice(i - n, i).join('')));
    // "at the end", "before the close": the noun after a word of time and "the".
    const noun = words[i - 1] === 'the' && RELATIONS.has(words[i - 2] ?? '') && EDGE_NOUN.test(w);
    if (named === undefined && !noun) continue;
    const relation = noun ? RELATIONS.get(words[i - 2] as string) : relationBefore(words, i - (named ?? 0));
    if (relation) out.push({ relation, date: edge });
  }
  return out;
}

/** A word ending the conference: "closed", "ended", "the end". General English. */
const ENDING = /^(?:clos(?:e|ed|es|ing)|end(?:ed|s)?|finish(?:ed|es)?|conclud(?:ed|es)|over|wrapped)$/;
/** A word opening it: "opened", "began", "the start". General English. */
const OPENING = /^(?:open(?:ed|s)?|beg(?:an|un|ins?)|start(?:ed|s)?|kick(?:ed)?)$/;
/** Of those, the nouns: "at the end", "before the start". */
const EDGE_NOUN = /^(?:close|end|start|open)$/;

/** The days a line gives ("21 October", "November 7th"), in the year of the event claimed. */
function daysOf(line: string, year: string): ClaimedTime[] {
  const out: ClaimedTime[] = [];
  const add = (day: string, month: string) => {
    const date = Number(day) >= 1 && Number(day) <= 31 ? isoDay(day, month, year) : undefined;
    if (date) out.push({ relation: 'on', date });
  };
  for (const m of line.matchAll(DAY_THEN_MONTH)) add(m[1] as string, m[2] as string);
  for (const m of line.matchAll(MONTH_THEN_DAY)) add(m[2] as string, m[1] as string);
  return out;
}

const MONTHS = MONTH_NAMES.join('|');
/** "21 October", "7th of November". */
const DAY_THEN_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS})\\b`, 'gi');
/** "November 7", "October 21st"; not "October 2014". */
const MONTH_THEN_DAY = new RegExp(`\\b(${MONTHS})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'gi');

/** True when a passage of the entry gives the day (ISO) of another date than the entry's own. */
function recorded(entry: Entry, date: string, index: SearchIndex): boolean {
  if (date === entry.date) return false;
  const [, month, day] = date.split('-').map(Number);
  const said = new RegExp(`\\b${day}\\s+${MONTH_NAMES[(month ?? 0) - 1] ?? '-'}\\b`, 'i');
  return index.passagesOf(entry.id).some((p) => said.test(p.text));
}

/** The event's sentence that dates it: its summary when that gives the date, else a field that does. */
function datedPassage(entry: Entry, index: SearchIndex): Passage | undefined {
  const passages = index.passagesOf(entry.id).filter((p) => !p.uncertain && statesDate(p.text));
  return passages.find((p) => p.isSummary) ?? passages.find((p) => p.isField) ?? passages[0];
}
