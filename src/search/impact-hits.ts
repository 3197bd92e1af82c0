import type { SearchOptions, SearchResult } from 'minisearch';
import type { Passage } from '../corpus/types.ts';
import { follows, type IndexParts } from './index-parts.ts';
import { processTerm, tokenize } from './text.ts';

/**
 * A common term's best sentences as the passage index's search would return them for that term alone,
 * best first: its impact-ordered postings, plus the sentences holding the rarer words it completes to
 * when it is searched as a prefix too ("vote" finds "voters"), scored as minisearch scores a prefix match.
 */
export function impactHits(
  parts: IndexParts,
  term: string,
  impact: { positions: Int32Array; scores: Float64Array },
  options: SearchOptions,
): { results: SearchResult[]; sorted: boolean } {
  const { text } = parts.options.passageBoost;
  const boost = text * (options.boostTerm?.(term, 0, [term]) ?? 1);
  const all = parts.corpus.passages;
  const found = new Map<number, SearchResult>();
  for (let j = 0; j < impact.positions.length; j++) {
    const id = impact.positions[j] as number;
    found.set(id, {
      id,
      score: (impact.scores[j] as number) * boost,
      terms: [term],
      queryTerms: [term],
      match: { [term]: ['text'] },
    });
  }
  const prefix =
    typeof options.prefix === 'function' ? options.prefix(term, 0, [term]) : options.prefix === true;
  if (!prefix) return { results: [...found.values()], sorted: false };
  // A common term completes only to rare ones (search-options.ts): their postings are short.
  const exact = { processTerm: (t: string) => t, prefix: false, fuzzy: false, boost: { text } };
  const prefixWeight = options.weights?.prefix ?? 0.6;
  const listed = new Set(found.keys());
  const completedIn = new Set<number>();
  for (const completed of parts.vocabulary.completionTerms(term)) {
    if (completed === term) continue;
    const weight =
      (prefixWeight * completed.length) / (completed.length + 0.3 * (completed.length - term.length));
    for (const r of parts.searchPassageIndex.search(completed, exact)) {
      const score = r.score * weight * (boost / text);
      const hit = found.get(r.id);
      completedIn.add(r.id);
      if (!hit)
        // Object.assign, not { ...r, score, … }: in Node 20 a literal that goes on after a spread makes a
        // new shape for every object it makes (about 1 µs a result, against 0.1).
        found.set(
          r.id,
          Object.assign({}, r, {
            score,
            terms: [completed],
            queryTerms: [term],
            match: { [completed]: ['text'] },
          }),
        );
      else {
        hit.score += score;
        hit.match[completed] = ['text'];
        hit.terms.push(completed);
      }
    }
  }
  // A sentence a completion lifted, its context and the sentence after it (whose context it is) may
  // hold the term itself below the list's end: scored for it here, from their tokens, as the index
  // scores them, so that the passages they make are scored in full.
  const exactScore = (at: number) => {
    if (listed.has(at)) return;
    const score = parts.impacts.scoreIn(term, tokenize((all[at] as Passage).text), processTerm) * boost;
    if (score === 0) return;
    listed.add(at);
    const hit = found.get(at);
    if (hit) {
      hit.score += score;
      hit.match[term] = ['text'];
      hit.terms.unshift(term);
    } else found.set(at, { id: at, score, terms: [term], queryTerms: [term], match: { [term]: ['text'] } });
  };
  for (const at of completedIn) {
    if (follows(all, at)) exactScore(at - 1);
    exactScore(at);
    if (follows(all, at + 1)) exactScore(at + 1);
  }
  return { results: [...found.values()].sort((a, b) => b.score - a.score), sorted: true };
}
