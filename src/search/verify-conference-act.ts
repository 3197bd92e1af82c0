import { mainVerbOf } from './question-words.ts';
import { datedDays, normalize, squash } from './text.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify.ts';
import { AFTER_NAME, asksAfterConference } from './verify-time.ts';

/*
 * Part of stage 3 of /ask, "verify": what the conference itself did, which a sentence dated outside it
 * (after it, or before its first day in corpus.yml) does not tell. See docs/answering.md.
 */

/**
 * "How did the conference respond to Ebola?" asks what the conference itself did; "ITU launched the app
 * on 19 December 2014, after the conference" tells what came after it, and a statement of 17 October
 * what came before. Returns the words that place it outside the conference, when the question has the
 * conference acting (one of its own names right before the verb) and asks no time after it.
 */
export function outsideConference(text: string, q: VerifyInput): string | undefined {
  const implied = q.implied;
  if (implied === undefined || asksAfterConference(q.u.question, implied)) return undefined;
  if (!conferenceActs(q)) return undefined;
  for (const m of text.matchAll(AFTER_NAME)) if (implied.has(squash(m[1] ?? ''))) return m[0];
  // "On 17 October 2014, ITU's Secretary-General issued a statement on Ebola and the conference": every
  // day the sentence gives is before the conference's first day (or after its last), from corpus.yml.
  const { start, end } = q.conferenceDays ?? {};
  if (start === undefined || end === undefined) return undefined;
  const days = datedDays(text);
  if (days.length === 0 || days.some((d) => d.iso >= start && d.iso <= end)) return undefined;
  return days[0]?.said;
}

/** Auxiliaries before a subject in a question: "how did the conference respond". */
const SUBJECT_AUX = /^(?:did|does|do|has|have|had|will|would|can|could)$/i;

/** Verbs of the conference opening or closing: general English. */
const CONFERENCE_EDGE =
  /^(?:open(?:ed|s)?|start(?:ed|s)?|beg[ai]n|began|clos(?:ed|es)|end(?:ed|s)?|finish(?:ed|es)?)$/;

/**
 * True when the question has the conference acting: one of its own names as the subject of the question's
 * own verb. Once per question: every candidate asks it.
 */
function conferenceActs(q: VerifyInput): boolean {
  let got = CONFERENCE_ACTS.get(q.u);
  if (got === undefined) {
    got = actsIn(q);
    CONFERENCE_ACTS.set(q.u, got);
  }
  return got;
}

const CONFERENCE_ACTS = new WeakMap<Understanding, boolean>();

/** {@link conferenceActs}, worked out. */
function actsIn(q: VerifyInput): boolean {
  const implied = q.implied;
  if (implied === undefined) return false;
  // The conference as the subject of the question's own verb: not the organisation ("did ITU launch"),
  // and not its opening or close ("the day before the conference opened"), which date something else.
  const verb = mainVerbOf(q.u);
  const words = q.u.tokens.filter((t) => t.isWord);
  return words.some(
    (t, i) =>
      implied.has(squash(t.text)) &&
      q.organisation?.has(squash(t.text)) !== true &&
      // The subject after its auxiliary ("how did the conference respond"), not a time ("the day before
      // pp-14 adopt") or a place ("the dispatch from Busan published").
      SUBJECT_AUX.test(
        words[i - 1]?.text.toLowerCase() === 'the' ? (words[i - 2]?.text ?? '') : (words[i - 1]?.text ?? ''),
      ) &&
      (words[i + 1]?.pos === 'VERB' || /^(?:do|does|did)$/i.test(words[i + 1]?.text ?? '')) &&
      // "What did the conference do": a light verb is the main one when there is no other.
      (verb === undefined || normalize(words[i + 1]?.text ?? '') === verb) &&
      !CONFERENCE_EDGE.test(normalize(words[i + 1]?.text ?? '')),
  );
}

/**
 * "How did civil society push ITU for transparency before Busan?" asks what came before the conference;
 * "PP-14 took several measures to open ITU up" tells what the conference itself did. True when the
 * question places what it asks before one of the conference's own names and the passage opens with the
 * conference acting.
 */
export function conferenceActsWhenBefore(text: string, q: VerifyInput): boolean {
  const implied = q.implied;
  const before = BEFORE_NAME.exec(q.u.question)?.[1];
  if (implied === undefined || before === undefined || !implied.has(squash(before))) return false;
  const opening = CONFERENCE_OPENS.exec(text);
  return (
    opening !== null &&
    implied.has(squash(opening[1] ?? '')) &&
    q.organisation?.has(squash(opening[1] ?? '')) !== true
  );
}

/** "before Busan", "before the conference": the word after "before" (and "the"). */
const BEFORE_NAME = /\bbefore\s+(?:the\s+)?([\p{L}\p{N}-]+)/iu;

/** A sentence that opens on a name and a verb in the past: "PP-14 took", "PP-14 did not agree". */
const CONFERENCE_OPENS =
  /^([\p{L}\p{N}-]+)\s+(?:did\s+not\s+\p{Ll}+|(?:also\s+)?\p{Ll}+(?:ed|ook|ade|ave|et|ew|ound))\b/u;
