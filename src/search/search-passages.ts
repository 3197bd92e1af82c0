import type { SearchOptions, SearchResult } from 'minisearch';
import type { Passage } from '../corpus/types.ts';
import { entryOf, follows, type IndexParts } from './index-parts.ts';
import { coverage, planQuery, withDeferred } from './query-plan.ts';
import { searchOptions } from './search-options.ts';
import type { PassageHit, WeightedQuery } from './search-types.ts';
import { processTerm, tokenize } from './text.ts';

/**
 * Ranked passages for a weighed question. Each hit says what share of the question it covers, so the
 * caller can refuse to answer from a passage that only shares a word or two with it. Hits (coverage,
 * deferred terms) are built for the best `limit` only.
 */
export function searchPassages(parts: IndexParts, weighted: WeightedQuery, limit: number): PassageHit[] {
  if (weighted.concepts.length === 0) return [];
  const { commonInPassages } = parts;
  const plan = planQuery(weighted, commonInPassages);
  const searched = plan.searched.join(' ');
  const options = searchOptions(parts, weighted, false);
  const { text, entry, context } = parts.options.passageBoost;
  // Sentences matching the question, then the entries whose names match it: each passage scores its
  // sentence's match, its entry's names' (once per entry, not once per passage) and part of the
  // sentence before it's, as a document of three fields would.
  // A question of common words only searches the best sentences of its rarest word, kept at build time
  // (impact-ordered postings), rather than scoring that word's whole posting list.
  const impact = plan.searched.length === 1 ? parts.impacts.of(plan.searched[0] as string) : undefined;
  const sentences = impact
    ? impactHits(parts, plan.searched[0] as string, impact, options)
    : parts.searchPassageIndex.search(searched, { ...options, boost: { text } });
  const entries = new Map<string, SearchResult>();
  for (const r of parts.searchEntryIndex.search(searched, {
    ...options,
    fields: ['entry'],
    boost: { entry },
  }))
    entries.set(r.id, r);
  // By passage position: a sentence's neighbours are the positions beside it. The passage index's ids
  // are passage positions, each once in `sentences` (both searches return one hit per sentence).
  const all = parts.corpus.passages;
  const { followsBefore, scratch } = parts;
  const { sentenceAt, seen } = scratch;
  const scored: Scored[] = [];
  try {
    for (let k = 0; k < sentences.length; k++) sentenceAt[(sentences[k] as SearchResult).id] = k + 1;
    const sentenceOf = (at: number) => {
      const k = sentenceAt[at] as number;
      return k === 0 ? undefined : sentences[k - 1];
    };
    const scale = context / text;
    const add = (at: number) => {
      if (seen[at] === 1) return;
      seen[at] = 1;
      const passage = all[at] as Passage;
      const own = sentenceOf(at);
      const before = followsBefore[at] === 1 ? sentenceOf(at - 1) : undefined;
      const named = entries.get(passage.entryId);
      // minisearch multiplies a document's summed field scores by the number of query terms it
      // matched; the three parts are summed before that, as one search of three fields would.
      const score =
        (unscaled(own) + unscaled(named) + unscaled(before) * scale) *
        Math.max(distinctTerms(own, named, before), 1);
      scored.push({ at, passage, score, own, before });
    };
    for (const r of sentences) {
      const at = r.id as number;
      add(at);
      // The sentence after a match has it as its context.
      if (followsBefore[at + 1] === 1) add(at + 1);
    }
  } finally {
    // The scratch tables are the index's, zero between searches: every position this search marked is
    // a sentence's or the one after it.
    for (const r of sentences) {
      const at = r.id as number;
      sentenceAt[at] = 0;
      seen[at] = 0;
      seen[at + 1] = 0;
    }
  }
  scored.sort((a, b) => b.score - a.score);
  return scored
    .slice(0, Math.min(limit, parts.options.maxCandidates))
    .map(({ at, passage, score, own, before }) => {
      const named = entries.get(passage.entryId);
      const matched = new Set([
        ...(own?.queryTerms ?? []),
        ...(named?.queryTerms ?? []),
        ...(before?.queryTerms ?? []),
      ]);
      const queryTerms = withDeferred([...matched], plan.deferred, commonInPassages, at);
      return {
        passage,
        entry: entryOf(parts, passage.entryId),
        score,
        coverage: coverage(weighted, queryTerms, parts.options.synonymWeight),
        matchedTerms: [
          ...new Set([...(own?.terms ?? []), ...(named?.terms ?? []), ...(before?.terms ?? [])]),
        ],
        queryTerms,
        textMatched: own !== undefined,
      };
    });
}

/**
 * A common term's best sentences as the passage index's search would return them for that term alone,
 * best first: its impact-ordered postings, plus the sentences holding the rarer words it completes to
 * when it is searched as a prefix too ("vote" finds "voters"), scored as minisearch scores a prefix match.
 */
function impactHits(
  parts: IndexParts,
  term: string,
  impact: { positions: Int32Array; scores: Float64Array },
  options: SearchOptions,
): SearchResult[] {
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
  if (!prefix) return [...found.values()];
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
        found.set(r.id, {
          ...r,
          score,
          terms: [completed],
          queryTerms: [term],
          match: { [completed]: ['text'] },
        });
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
  return [...found.values()].sort((a, b) => b.score - a.score);
}

/** A hit's score before minisearch multiplied it by the number of query terms matched. */
function unscaled(r: SearchResult | undefined): number {
  return r ? r.score / Math.max(r.queryTerms.length, 1) : 0;
}

/** How many distinct query terms some hits matched together (they match a few each). */
function distinctTerms(
  a: SearchResult | undefined,
  b: SearchResult | undefined,
  c: SearchResult | undefined,
): number {
  if (!b && !c) return a ? a.queryTerms.length : 0;
  if (!a && !c) return (b as SearchResult).queryTerms.length;
  if (!a && !b) return (c as SearchResult).queryTerms.length;
  const distinct: string[] = [];
  for (const hit of [a, b, c])
    if (hit) for (const t of hit.queryTerms) if (!distinct.includes(t)) distinct.push(t);
  return distinct.length;
}

/** A passage scored for a question, with the hits of its sentence and of the sentence before it. */
interface Scored {
  /** The passage's position. */
  at: number;
  passage: Passage;
  score: number;
  own: SearchResult | undefined;
  before: SearchResult | undefined;
}
