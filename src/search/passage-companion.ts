import { summaryPassages, titleOf, titleShown } from './entry-answers.ts';
import { covers, newFigures, overlap } from './passage-compare.ts';
import type { AnswerQuestionOptions, RankedPassage } from './rank-passages.ts';
import type { SearchIndex } from './search-index.ts';
import type { WeightedQuery } from './search-types.ts';

/*
 * Part of stage 4 of /ask, "compose": the one sentence shown with the answer, when one helps the asker
 * read it. See docs/answering.md.
 */

/** What the companion of an answer is chosen from. */
export interface CompanionInput {
  /** The verified passages, best first. */
  verified: readonly RankedPassage[];
  /** Every ranked candidate, verified or not, best first. */
  ranked: readonly RankedPassage[];
  weighted: WeightedQuery;
  index: SearchIndex;
  o: AnswerQuestionOptions;
}

/**
 * The sentence to show after the answer `best`, if any: the entry's summary after a field ("Proposed by:
 * Sierra Leone." says little alone), else the next verified sentence of its entry that adds to it, else
 * a sentence of the entry giving other figures for the same thing (the sources disagree).
 */
export function companionOf(best: RankedPassage, c: CompanionInput): RankedPassage | undefined {
  const { verified, ranked, weighted, index, o } = c;
  // "How did the title of Resolution 70 change at Busan?": the text's verified title, beside the
  // sentence that says it changed, is what it changed to.
  const title = weighted.concepts.some((c) => titleShown(c.word, best.entry))
    ? titleOf(best.entry, index)?.passages[0]
    : undefined;
  if (title && !quotesTitle(best, title)) return title;
  // A facts sheet's summary is about the whole conference and adds nothing to "Attendance: ...".
  if (best.passage.isField && best.entry.kind !== 'facts') {
    const [lead] = summaryPassages(best.entry, index);
    if (lead) return lead;
  }
  const second = verified.find(
    (h) =>
      h !== best &&
      h.entry.id === best.entry.id &&
      h.rank >= o.secondSentenceRatio * best.rank &&
      !h.passage.isField &&
      overlap(h.passage.text, best.passage.text) <= o.maxOverlap,
  );
  return (
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
    )
  );
}

/** True when the answer already quotes the title its companion would give. */
function quotesTitle(best: RankedPassage, title: RankedPassage): boolean {
  const quoted = /"([^"]+)"/.exec(title.passage.text)?.[1];
  return quoted !== undefined && best.passage.text.includes(quoted);
}
