import type { Entry } from '../corpus/types.ts';
import type { Found, QuestionResult } from './answer-types.ts';
import { namesPastFirstWord, resolveFollowUp, subjectOf } from './follow-up.ts';
import { overlap } from './passage-compare.ts';

/*
 * Part of stage 4 of /ask, "compose": a line that asks two questions ("How many votes did Lee get, and
 * how many were needed?", "Did the president attend? Who was it?") is answered a question at a time,
 * when the line read as one question finds no answer. The second is read against the first, as a
 * follow-up in a thread is. See docs/answering.md.
 */

/** Words a question opens with: the question words and the auxiliaries of a yes/no question. */
const OPENS =
  /^(?:who|whom|whose|what|whats|what's|when|where|why|how|which|did|does|do|was|were|is|are|has|have|had|can|could|will|would)\b/i;

/** A second question after a comma, a semicolon, a question mark, a dash or "and": what it starts with. */
const SECOND =
  /^(.*?\S)\s*(?:[,;?]+|\s[-–—]\s)\s*(?:(?:and|but|also|plus)\s+)?((?:who|whom|whose|what|what's|whats|when|where|why|how|which)\b.*)$/is;

/** "… and when did …" with no comma before it. */
const AND_SECOND =
  /^(.*?\S)\s+and\s+((?:who|whom|whose|what|what's|whats|when|where|why|how|which)\s+(?:is|was|are|were|did|does|do|has|have|had)\b.*)$/is;

/** A relative clause: "which" and a verb ("which was the trigger"); "which country …" asks. */
const RELATIVE = /^which\s+(?:is|was|are|were|has|had|led|made)\b/i;

/** Share of the shorter sentence's terms the other must have to say the same thing. */
const SAME_SAYING = 0.7;

/** Fewest words each question must have to be one of its own ("who was it", "how many were needed"). */
const MIN_WORDS = 3;

/** Words that point back at what the first question was about ("his term", "the race there"). */
const POINTS_BACK = /\b(?:he|his|him|she|her|they|their|them|there|that|those)\b/i;

/**
 * The two questions a line asks, each a question of its own, or undefined: the first opens on a
 * question word or an auxiliary, and the second on a question word, after a comma, a semicolon, a
 * question mark, a dash, or "and" before its verb.
 */
export function splitQuestions(line: string): [string, string] | undefined {
  const trimmed = line.trim();
  const m = SECOND.exec(trimmed) ?? AND_SECOND.exec(trimmed);
  if (!m) return undefined;
  const first = (m[1] ?? '').trim();
  const second = (m[2] ?? '').trim();
  const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (!OPENS.test(first) || words(first) < MIN_WORDS || words(second) < MIN_WORDS) return undefined;
  // "…MH370, which was the trigger for …": "which" and a verb after a comma qualifies what came before.
  if (RELATIVE.test(second)) return undefined;
  return [first, second];
}

/**
 * The answer to a line that asks two questions, a question at a time: the first one's passage and the
 * second one's, or the first's with the second named as not answered. The second question is read
 * against the first ("who was it" after "did the president attend"), and counts only when it names its
 * own subject or is answered from the entry the first was (or one it relates to): answered alone, "how
 * many were needed?" might be about another election. Undefined when the line is not two questions or
 * the first is not answered.
 */
export function answerEach(line: string, answer: (question: string) => QuestionResult): Found | undefined {
  const parts = splitQuestions(line);
  if (parts === undefined) return undefined;
  const [first, second] = parts;
  // The first question sets what the second is about ("… the Ebola resolution …, which partners does
  // ITU lean on?"): with no answer to it, the second alone may be about anything.
  const one = answer(first);
  if (!one.found) return undefined;
  const subject = subjectOf(one.entry);
  const followUp = resolveFollowUp(second, { question: first, subject });
  // "How many were needed?", "when did his term start?", "who won the SG race there?": a question that
  // names nothing of its own past its first word, or points back, leans on the first.
  const leans = POINTS_BACK.test(followUp) || !namesPastFirstWord(followUp);
  // "How many were required to win?" after "how many votes did Chaesub Lee obtain": asked of the
  // first answer's subject, then as it stands.
  const asked = leans ? [`${followUp.replace(/[?!.\s]+$/, '')}, ${subject}?`, followUp] : [followUp];
  let two: Found | undefined;
  for (const q of asked) {
    const r = answer(q);
    if (r.found && (!leans || sameThing(one.entry, r.entry))) {
      two = r;
      break;
    }
  }
  if (two) {
    const [mine] = one.passages;
    const [theirs] = two.passages;
    // "What's the app called and when did it come out": one sentence may answer both.
    const both =
      mine !== undefined &&
      theirs !== undefined &&
      overlap(mine.passage.text, theirs.passage.text) >= SAME_SAYING;
    return {
      found: true,
      entry: one.entry,
      passages: both ? one.passages.slice(0, 1) : [...one.passages.slice(0, 1), ...two.passages.slice(0, 1)],
      reason: `answers both questions: ${one.reason}; ${two.reason}`,
      ...(one.lead ? { lead: one.lead } : {}),
    };
  }
  // A second question that leans on the first ("what's its number?") may be answered by the first's
  // passage itself: only one naming its own subject is said to be unanswered.
  return leans
    ? { ...one, reason: `answers the first question: ${one.reason}` }
    : { ...one, unanswered: second, reason: `answers the first question: ${one.reason}` };
}

/** True when two answers are about one thing: the same entry, or one the other relates to. */
function sameThing(a: Entry, b: Entry): boolean {
  return a === b || a.related.includes(b.id) || b.related.includes(a.id);
}
