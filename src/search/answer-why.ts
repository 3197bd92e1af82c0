import type { Declined, Found } from './answer-types.ts';
import { saysAskedThing } from './best-passage.ts';
import type { RankedPassage } from './rank-passages.ts';
import { givesReason, onlyFailure, restatesAct, withoutReason } from './reasons.ts';
import type { SearchIndex } from './search-index.ts';
import type { WeightedQuery } from './search-types.ts';
import type { Understanding } from './understand.ts';
import type { Verdict } from './verify.ts';

/*
 * Part of stage 4 of /ask, "compose", for a "why" none of whose first verified sentences gives a
 * reason: the reason beside them, lower in their entry, in the entry's own answer to the "why", or a
 * decline that offers what there is. See docs/answering.md.
 */

/** What {@link answerWithoutReason} reads. */
export interface WhyInput {
  /** The first few verified sentences, in rank order: those a reason was looked for in. */
  first: readonly RankedPassage[];
  /** Every verified sentence, in rank order. */
  verified: readonly RankedPassage[];
  /** Every candidate with its verdict. */
  candidates: readonly { hit: RankedPassage; verdict: Verdict }[];
  u: Understanding;
  weighted: WeightedQuery;
  index: SearchIndex;
  /** The question as searched (the corpus's phrases applied). */
  asked: string;
  /** The least coverage a candidate beside the best may have. */
  minCoverage: number;
}

/** A decline, with what the corpus has to offer. */
export interface WhyDeclined {
  found: false;
  reason: string;
  partial: NonNullable<Declined['partial']>;
}

/** The answer to a "why" whose first verified sentences give no reason, or why it declines. */
export function answerWithoutReason(input: WhyInput): Found | WhyDeclined {
  const { first, verified, candidates, u, weighted, index, asked, minCoverage } = input;
  // Past the first few, verification went on only to find a settled reason: not for what to offer.
  const why = withoutReason(first, candidates, minCoverage);
  if (why.beside) {
    return {
      found: true,
      passages: [why.beside, why.first],
      entry: why.first.entry,
      reason: 'gives the reason beside a verified sentence',
    };
  }
  // A verified sentence of the best one's entry that gives a reason, however low it ranked ("… when it
  // could not win enough support"): the reason its entry has, before a sentence that gives none.
  const reasoned = verified.find(
    (h) =>
      h.entry.id === why.first.entry.id &&
      // A source's entry tells of the document ("… no publication date, so none is given here").
      h.entry.kind !== 'source' &&
      !h.passage.uncertain &&
      givesReason(h.passage.text, u.question) &&
      saysAskedThing(h, weighted, index.impliedNames) &&
      !onlyFailure(h.passage.text, u.question) &&
      !restatesAct(h.passage.text, u),
  );
  if (reasoned) {
    return {
      found: true,
      passages: [reasoned],
      entry: reasoned.entry,
      reason: 'gives the reason its entry has',
    };
  }
  // "Why was there no wifi at the opening?": the entry's editor asks it among the entry's questions,
  // so its best verified sentence is what the corpus has for the reason, in its own words.
  // Unless the sentence says the very act asked about: "why were signals jammed?" is not answered by
  // "signals were jammed while …", which only restates it.
  if (
    !why.first.passage.uncertain &&
    !restatesAct(why.first.passage.text, u) &&
    index.entriesAskedWhy(asked).includes(why.first.entry.id)
  ) {
    return {
      found: true,
      passages: [why.first],
      entry: why.first.entry,
      reason: "answers a 'why' its entry's questions ask",
    };
  }
  // The reason the corpus gives may be one it marks unverified ("… probably an error, since …"):
  // offered as such, never stated as settled.
  if (why.hedged) {
    return {
      found: false,
      reason: 'the only reason given is marked unverified',
      partial: { passage: why.hedged, missing: ['a verified statement'] },
    };
  }
  return {
    found: false,
    reason: 'no verified passage gives a reason',
    partial: { passage: why.first, missing: ['the reason'] },
  };
}
