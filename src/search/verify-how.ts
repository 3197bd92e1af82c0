import { HOW_COUNT } from './question-asides.ts';
import { terms } from './text.ts';
import type { VerifyInput } from './verify.ts';

/*
 * Part of stage 3 of /ask, "verify": whether a passage says how, for a "how" question: a frequency for
 * "how often", a way of doing for "how were decisions made", and not what something is. See
 * docs/answering.md.
 */

/** Why a passage does not say the how a "how" question asks, if it does not. */
export function howProblem(text: string, q: VerifyInput): string | undefined {
  if (q.u.kind !== 'how') return undefined;
  // "How often do plenipots meet": a frequency ("every four years"), which a fact about one meeting is not.
  if (/\bhow\s+often\b/i.test(q.u.question) && !FREQUENCY.test(text))
    return 'gives no frequency, and the question asks how often';
  // "How do new resolutions get their numbers": what a thing is ("Resolution 190 is the new resolution
  // on numbering resources") is no way anything was done.
  if (DEFINES.test(text)) return 'says what something is, and the question asks how';
  // "How did academia get into ITU membership": a past way of coming to be, which what something holds now
  // ("ITU's membership includes … Academia") does not tell.
  if (PAST_HOW.test(q.u.question) && HOLDS.test(text))
    return 'says what something holds, and the question asks how it came to';
  // "How does numbering work for new vs revised resolutions": a field of counts ("Contents: 19 new
  // resolutions, 51 revised …") says how many, not how; "how long", "how close" ask a figure.
  if (!HOW_COUNT.test(HOW_NEXT.exec(q.u.question)?.[1]?.toLowerCase() ?? '') && FIELD_OF_COUNTS.test(text))
    return 'gives a count, and the question asks how';
  // "How were decisions made": the way of the action asked, which a sentence that does not say the
  // action ("PP-14 also adopted five decisions") does not give.
  const done = HOW_PASSIVE.exec(q.u.question)?.[1];
  const action = done ? q.weighted.concepts.find((c) => c.word === done.toLowerCase()) : undefined;
  // Decisions are made, taken or reached alike: any of these says the action.
  const said = action ? [...action.alternatives, ...DECIDING] : [];
  if (action && !terms(text).some((t) => said.includes(t)))
    return `does not say how it was ${done}, and the question asks that`;
  // "How were decisions taken": one a later meeting could take ("the 2018 conference could take it") is
  // none taken.
  if (action && /^how\s+(?:were|was)\b/i.test(q.u.question) && MAY_DECIDE.test(text) && !DECIDED.test(text))
    return `says only how it could be ${done}, and the question asks how it was`;
  return undefined;
}

/** The participles of deciding: decisions are made, taken or reached alike. General English. */
const PARTICIPLES = 'made|taken|reached|decided';

/** "How were decisions made", "how was Busan chosen": the participle of a passive "how" question. */
const HOW_PASSIVE = new RegExp(
  String.raw`^how\s+(?:were|was|are|is)\s+(?:[\p{L}\p{N}-]+\s+){1,6}?(${PARTICIPLES})\b`,
  'iu',
);

/** The terms of the participles of deciding, any of which says the action. */
const DECIDING = terms(PARTICIPLES.replace(/\|/g, ' '));

/** Deciding as a possibility: "could take it", "may reach a decision". */
const MAY_DECIDE = /\b(?:could|might|may|would|will)\s+(?:\w+\s+)?(?:take|make|reach|decide)\b/i;

/** Deciding as done. */
const DECIDED = new RegExp(String.raw`\b(?:${PARTICIPLES})\b`, 'i');

/** The word after "how" ("how many", "how long"): a figure asked, which a field of counts may give. */
const HOW_NEXT = /^how\s+(\p{L}+)/iu;

/** A field whose value starts with a count: "Contents: 19 new resolutions, …". */
const FIELD_OF_COUNTS = /^[^:.]{1,40}:\s*(?:about\s+|over\s+|some\s+)?\d/i;

/** A sentence that says what its subject is: "Resolution 190 is the new PP-14 resolution that …". */
const DEFINES = /^[^,;:]{1,60}?\b(?:is|are)\s+(?:the|a|an)\b/;

/** A "how" asked of the past: "how did", "how was", "how were". */
const PAST_HOW = /^how\s+(?:did|was|were|had)\b/i;

/** A sentence that says what its subject holds, in the present: "ITU's membership includes …". */
const HOLDS = /^[^,;:]{1,60}?\b(?:includes?|comprises?|consists\s+of|contains?)\b/;

/** How often something happens: "every four years", "annually", "twice a year". General English. */
const FREQUENCY = /\b(?:every|each|once|twice|annual(?:ly)?|yearly|monthly|weekly|daily|times\s+a)\b/i;
