import { LRUCache } from 'lru-cache';
import { normalize, processTerm, squash } from './text.ts';

/*
 * Part of stage 3 of /ask, "verify": what verify-subject.ts reads of a candidate text that does not
 * depend on the question (its "<thing> <verb>ed by <agent>" clauses, its words once its attribution is
 * set aside), read once per text: the same candidates come back question after question. See
 * docs/answering.md.
 */

/** One "<thing> <verb>ed by" of a text, read as verify-subject.ts's `agentOfOther` compares it with a question. */
export interface PassiveAgent {
  /** The verb's index term. */
  verb: string | undefined;
  /** The thing acted on, as written, with its index term and squashed form. */
  head: string;
  term: string | undefined;
  squashed: string;
}

/**
 * Each "<thing> <verb>ed by" of a text, in order, remembered per text: none of it depends on the
 * question, and the same candidates come back question after question (the pattern's scan and the
 * stemming were 3% of the slowest lines' CPU).
 */
export function passiveAgentsOf(text: string): readonly PassiveAgent[] {
  const known = PASSIVE_AGENTS.get(text);
  if (known !== undefined) return known;
  const got: PassiveAgent[] = [];
  for (const m of text.matchAll(PASSIVE_AGENT)) {
    // "An ad hoc group of Committee 5, chaired by ...": the group was chaired, not Committee 5; so
    // were "informal talks in Committee 5 led by Colombia".
    const before = (m[1] ?? '').split(/\s+/);
    const of = before.findLastIndex((w) => /^(?:of|in|within)$/.test(w));
    const head = (of > 0 ? before[of - 1] : before[before.length - 1]) ?? '';
    got.push({
      verb: processTerm(normalize(m[2] ?? '')),
      head,
      term: processTerm(normalize(head)),
      squashed: squash(head),
    });
  }
  PASSIVE_AGENTS.set(text, got);
  return got;
}

const PASSIVE_AGENTS = new LRUCache<string, readonly PassiveAgent[]>({ max: 20_000 });

/** "<thing>[,] [was] <verb>ed by", with up to three words before the thing ("group of Committee 5"). */
const PASSIVE_AGENT =
  /((?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}][\p{L}\p{N}'’-]*)[\s,]+(?:(?:was|were|is|are|been|being|had been|has been)\s+)?(\p{L}+)\s+by\s/gu;

/**
 * A text without its attribution, cut into words and what lies between them: the text before the
 * first word, then each word followed by the text after it. Per text, not per question: scanning each
 * candidate for words again for every question was 2% of the slowest lines' CPU.
 */
export function wordsOf(text: string): readonly string[] {
  const known = WORDS.get(text);
  if (known !== undefined) return known;
  const told = withoutAttribution(text);
  const parts: string[] = [];
  let end = 0;
  for (const m of told.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) {
    parts.push(told.slice(end, m.index), m[0]);
    end = m.index + m[0].length;
  }
  parts.push(told.slice(end));
  WORDS.set(text, parts);
  return parts;
}

const WORDS = new LRUCache<string, readonly string[]>({ max: 20_000 });

/**
 * A clause that names where a sentence's claim comes from: "according to ITU's history page on PP-18",
 * or the teller before a reporting verb ("ISOC reported that", "ITU's PP-18 history page says").
 */
const ACCORDING_TO = /\baccording to\b[^.;]*/gi;
/** The reporting verb in lower case: "The United States" names a country, it does not state anything. */
const TELLER = /^[^,.;]*?\b(?:says|said|reports|reported|notes|noted|states|stated)\b(?:\s+that)?/g;

/** The text without who tells it: the source of a claim is no subject of it, and no answer to "who". */
export function withoutAttribution(text: string): string {
  return text.replace(ACCORDING_TO, ' ').replace(TELLER, ' ');
}
