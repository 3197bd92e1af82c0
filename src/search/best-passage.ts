import { labelTerms, termsOf } from './passage-words.ts';
import { mainVerbOf } from './question-words.ts';
import type { RankedPassage } from './rank-passages.ts';
import { givesReason, inReasonSection, onlyFailure, significanceOf } from './reasons.ts';
import type { WeightedQuery } from './search-types.ts';
import { squash } from './text.ts';
import type { Understanding } from './understand.ts';

/*
 * Part of stage 4 of /ask, "compose": which verified sentence answers. For "why", one that gives a
 * reason; otherwise the best ranked, or a field labelled with the thing asked. See docs/answering.md.
 */

/** Verified passages enough to compose from (the best, a second sentence, a reason for "why"). */
export const ENOUGH_VERIFIED = 6;

/** The sentences a question's answer is chosen from, and the one chosen, if any. */
export interface BestPassage {
  /** The first {@link ENOUGH_VERIFIED} verified, in rank order. */
  first: RankedPassage[];
  /** The answer's sentence; undefined for a "why" none of whose sentences gives a reason. */
  best: RankedPassage | undefined;
}

/** Chooses the verified sentence that answers, from those in rank order. */
export function bestPassage(
  verified: readonly RankedPassage[],
  u: Understanding,
  weighted: WeightedQuery,
  implied: ReadonlySet<string>,
): BestPassage {
  // "Why": the first verified sentence that gives a reason; none means the corpus gives no reason.
  // A statement the corpus marks unverified answers only when no settled one does.
  // Past the first few verified, a "why" went on only for the reason one of their entries files under
  // "Why it mattered": any other sentence ranked so low is likelier about something else.
  const first = verified.slice(0, ENOUGH_VERIFIED);
  const firstEntries = new Set(first.map((h) => h.entry.id));
  const considered = verified.filter(
    (h, i) => i < ENOUGH_VERIFIED || (firstEntries.has(h.entry.id) && inReasonSection(h.passage, u.question)),
  );
  const settled = considered.filter((h) => !h.passage.uncertain);
  // "Which candidate won the race": a field that lists the others ("Other candidates: …") answers only
  // when nothing else verified does.
  const own = settled.filter((h) => !listsOthers(h, u));
  const pool = own.length > 0 ? own : settled.length > 0 ? settled : considered;
  // "Could not" only tells why something failed; when another verified sentence gives a reason, it is
  // the better answer ("why is defining ICT a big deal" is not "Committee 5 could not agree one").
  // A reason for something else in the entry ("…, which is why the decision is cited as Decision 5
  // (Rev. Busan, 2014)") is no reason for what is asked: the sentence says one of the question's things.
  const reasoned =
    u.kind === 'why'
      ? pool.filter((h) => givesReason(h.passage.text, u.question) && saysAskedThing(h, weighted, implied))
      : [];
  // A sentence the corpus files under "Why it mattered" gives that reason, in its words or its own.
  const filed = u.kind === 'why' ? pool.filter((h) => inReasonSection(h.passage, u.question)) : [];
  const best =
    u.kind === 'why'
      ? (filed.find((h) => reasoned.includes(h)) ??
        reasoned.find((h) => !onlyFailure(h.passage.text, u.question)) ??
        filed[0] ??
        // "Why does the ICT fight matter": that Committee 5 could not agree is no reason it matters.
        (significanceOf(u).size > 0 ? undefined : reasoned[0]))
      : (labelledAnswer(pool, u, weighted, implied) ??
        datedAction(pool, u, weighted) ??
        (pool[0] as RankedPassage));
  return { first, best };
}

/** True when a field lists the others ("Other candidates:", "Rivals:") and the question asks of none. */
function listsOthers(h: RankedPassage, u: Understanding): boolean {
  return h.passage.isField && OTHER_LABEL.test(h.passage.text) && !ASKS_OTHER.test(u.question);
}

/** A field that lists the others: "Other candidates:", "Rivals:". */
const OTHER_LABEL = /^(?:other|others|rivals?|losing|unsuccessful|defeated)\b[^:]{0,40}:/i;

/** A question about the others, or one of them by a quality ("the turkish candidate"). */
const ASKS_OTHER =
  /\b(?:other|others|else|rivals?|opponents?|los(?:e|t|ing|ers?)|against|defeat(?:ed)?|beat|unsuccessful)\b/i;

/**
 * True when the sentence itself says one of the question's things beyond the conference's own names,
 * not only its entry's names or authored questions do; or when the question asks of nothing else.
 */
export function saysAskedThing(
  h: RankedPassage,
  weighted: WeightedQuery,
  implied: ReadonlySet<string>,
): boolean {
  const asked = weighted.concepts.filter((c) => !implied.has(squash(c.word)));
  const own = termsOf(h.passage);
  return asked.length === 0 || asked.some((c) => c.alternatives.some((t) => own.has(t)));
}

/**
 * "When did the UAE announce its pp18 bid": among the first few verified, a sentence that says the
 * action asked ("announced … on 22 October") dates it, before one its entry's names let pass ("PP-18
 * later took place … from 29 October"). Undefined when the first says it or is a field, or none says it.
 */
function datedAction(
  pool: readonly RankedPassage[],
  u: Understanding,
  weighted: WeightedQuery,
): RankedPassage | undefined {
  if (u.kind !== 'when') return undefined;
  const verb = mainVerbOf(u);
  const action = verb === undefined ? undefined : weighted.concepts.find((c) => c.word === verb);
  const says = (h: RankedPassage) => action?.alternatives.some((t) => termsOf(h.passage).has(t)) === true;
  // A field is dated by its label and its entry, which say the action for it ("Date: 23 October 2014").
  const top = pool[0];
  if (top === undefined || top.passage.isField || says(top)) return undefined;
  return pool.slice(1, ENOUGH_VERIFIED).find(says);
}

/**
 * "What's the dates of PP-14": among the first few verified, a field labelled with the thing asked
 * ("Dates: 20 October to 7 November") is that answer, before prose that dates other things ("held its
 * elections on 23, 24 and 27 October").
 */
function labelledAnswer(
  pool: readonly RankedPassage[],
  u: Understanding,
  weighted: WeightedQuery,
  implied: ReadonlySet<string>,
): RankedPassage | undefined {
  const asked = u.typeWord === undefined ? undefined : weighted.concepts.find((c) => c.word === u.typeWord);
  if (asked === undefined) return undefined;
  // The field says the rest of the question itself: "Dates: …" of PP-14 is not the ministerial
  // meeting's date, though its entry's names match PP-14.
  // "pp14" is searched as "pp" and "14": both are the conference's own name.
  const conference = u.tokens.map((t) => squash(t.text)).filter((w) => implied.has(w));
  const rest = weighted.concepts.filter(
    (c) => c !== asked && !implied.has(squash(c.word)) && !conference.some((w) => w.includes(squash(c.word))),
  );
  return pool.slice(0, ENOUGH_VERIFIED).find((h) => {
    if (!h.passage.isField || !labelTerms(h.passage.text).some((t) => asked.alternatives.includes(t)))
      return false;
    const own = termsOf(h.passage);
    return rest.every((c) => c.alternatives.some((a) => own.has(a)));
  });
}
