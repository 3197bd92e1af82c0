import type { Entry, EntryKind } from '../corpus/types.ts';
import { type IndexParts, passageOf } from './index-parts.ts';
import { coverage } from './query-plan.ts';
import type { EntryHit, WeightedQuery } from './search-types.ts';
import type { TermMatches } from './term-matches.ts';
import { bestOf } from './top-passages.ts';

/** A query's two searches for ranking entries, as `search-entries.ts` plans and runs them. */
export interface EntrySearches {
  /** The entry names' matches, and the query's common terms their search left out. */
  names: TermMatches;
  namesDeferred: readonly string[];
  /** The sentences' matches (none for a query of common words only), and their left-out terms. */
  sentences: TermMatches | undefined;
  sentencesDeferred: readonly string[];
  /** The kinds of entry wanted; all when undefined. */
  kinds: readonly EntryKind[] | undefined;
  /** What an entry's other sentences than its best add to its score, as a share of theirs. */
  share: number;
}

/** An entry found by its names or its sentences, while its score is summed. */
interface Found {
  entry: Entry;
  /** Its place in `corpus.entries`. */
  position: number;
  /** Its names' match (a place in the names' matches), -1 for none; and that match's score. */
  named: number;
  names: number;
  /** Its sentence matches, best first once ranked (places in the sentences' matches). */
  sentences: number[];
  /** The query terms its sentences matched, as bits of the sentences' terms. */
  mask: number;
  score: number;
}

/**
 * Ranked entries from their names' and sentences' matches as flat arrays ({@link TermMatches}), the
 * same as `search-entries.ts`'s `scoreAllEntries` gives from result objects (the tests compare them).
 * Each entry scores its names' match plus its best sentence's and a share of its other sentences', of
 * the best `maxCandidates` sentences by score (then by the order found, as the search's sorted results
 * list them). Only each entry's own sentences are sorted, which is all the order its sum needs (the
 * same additions in the same order); the entries' query terms and index terms are gathered only for
 * those returned. Making a result object for every sentence, sorting them all and filling sets of
 * terms for every entry was most of the time of ranking entries.
 */
export function topEntries(parts: IndexParts, weighted: WeightedQuery, s: EntrySearches): EntryHit[] {
  const { maxCandidates: k, entryBoost, synonymWeight } = parts.options;
  const { names, sentences, kinds } = s;
  const entries = parts.corpus.entries;
  const all: Found[] = [];
  // By entry position, 1 + the entry's place in `all`: zero between searches.
  const at = slots(entries.length);
  try {
    for (let j = 0; j < names.size; j++) {
      const position = parts.entryPosition.get(names.ids[j] as string) as number;
      const entry = entries[position] as Entry;
      if (kinds && !kinds.includes(entry.kind)) continue;
      all.push({
        entry,
        position,
        named: j,
        names: names.scores[j] as number,
        sentences: [],
        mask: 0,
        score: 0,
      });
      at[position] = all.length;
    }
    if (sentences) {
      const { ids, masks } = sentences;
      for (const j of bestSentences(parts, sentences, kinds, k)) {
        // The passage index's ids are passage positions.
        const position = parts.passageEntry[ids[j] as number] as number;
        let f = all[(at[position] as number) - 1];
        if (f === undefined) {
          f = {
            entry: entries[position] as Entry,
            position,
            named: -1,
            names: 0,
            sentences: [],
            mask: 0,
            score: 0,
          };
          all.push(f);
          at[position] = all.length;
        }
        f.sentences.push(j);
        f.mask |= masks[j] as number;
      }
    }
  } finally {
    for (const f of all) at[f.position] = 0;
  }
  const ranked = sentences && rankedOf(sentences);
  const { summary, body } = entryBoost;
  for (const f of all) {
    let best = 0;
    let rest = 0;
    if (ranked && f.sentences.length > 0) {
      const { ids, scores } = sentences as TermMatches;
      if (f.sentences.length > 1) rankSentences(f.sentences, scores);
      for (const j of f.sentences) {
        const score = (scores[j] as number) * (passageOf(parts, ids[j] as number).isSummary ? summary : body);
        if (score > best) {
          rest += best;
          best = score;
        } else rest += score;
      }
    }
    f.score = f.names + best + s.share * rest;
  }
  // On a tie, the order the entries were first found in, names' results best first and then the
  // sentences' (a stable sort of them kept it): an entry its names found first, by that match; then by
  // the entry's best sentence.
  all.sort(
    (a, b) =>
      b.score - a.score ||
      (a.named >= 0
        ? b.named >= 0
          ? b.names - a.names || a.named - b.named
          : -1
        : b.named >= 0
          ? 1
          : (ranked as Ranked)(a.sentences[0] as number, b.sentences[0] as number)),
  );
  if (all.length > k) all.length = k;
  return all.map((f) => ({
    entry: f.entry,
    score: f.score,
    coverage: coverage(weighted, queryTermsOf(parts, s, f), synonymWeight),
    matchedTerms: matchedTermsOf(s, f),
  }));
}

/** Sorts sentence matches best first: by score, then the match found first. */
type Ranked = (a: number, b: number) => number;

function rankedOf(m: TermMatches): Ranked {
  const { scores } = m;
  return (a, b) => (scores[b] as number) - (scores[a] as number) || a - b;
}

/**
 * Sorts an entry's sentence matches best first (by score, then the one found first), by insertion for
 * the few most entries have: `Array.prototype.sort` cost more to call than to run on two or three.
 */
function rankSentences(list: number[], scores: Float64Array): void {
  const n = list.length;
  if (n > 16) {
    list.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
    return;
  }
  for (let i = 1; i < n; i++) {
    const j = list[i] as number;
    const score = scores[j] as number;
    let at = i;
    // Found in order: a match before `j` in the list that scores the same was found first.
    for (; at > 0; at--) {
      const before = list[at - 1] as number;
      const other = scores[before] as number;
      if (other > score || (other === score && before < j)) break;
      list[at] = before;
    }
    list[at] = j;
  }
}

/** The entry table, kept from one search to the next (grown as needed): zero between searches. */
let entrySlots = new Int32Array(256);

function slots(size: number): Int32Array {
  if (entrySlots.length < size) entrySlots = new Int32Array(Math.max(size, 2 * entrySlots.length));
  return entrySlots;
}

/**
 * The sentence matches of entries of the wanted kinds that are among the best `k` (by score, then the
 * order found): all of them when there are no more, else found by a threshold on the scores, in the
 * order found.
 */
function bestSentences(
  parts: IndexParts,
  m: TermMatches,
  kinds: readonly EntryKind[] | undefined,
  k: number,
): Iterable<number> {
  const { scores, ids } = m;
  let wanted: number[] | undefined;
  if (kinds !== undefined) {
    wanted = [];
    const { passageEntry, corpus } = parts;
    for (let j = 0; j < m.size; j++) {
      const entry = corpus.entries[passageEntry[ids[j] as number] as number] as Entry;
      if (kinds.includes(entry.kind)) wanted.push(j);
    }
    if (wanted.length <= k) return wanted;
  } else if (m.size <= k) return upTo(m.size);
  let kept: number[];
  if (wanted === undefined) kept = bestOf(scores, m.size, k);
  else {
    const w = wanted;
    kept = bestOf(
      Float64Array.from(w, (j) => scores[j] as number),
      w.length,
      k,
    ).map((c) => w[c] as number);
  }
  // Those tied at the threshold may be more than k: the first k of them in the order.
  if (kept.length > k) {
    kept.sort(rankedOf(m));
    kept.length = k;
    kept.sort((a, b) => a - b);
  }
  return kept;
}

/** 0, 1, ... n - 1. */
function* upTo(n: number): Generator<number> {
  for (let j = 0; j < n; j++) yield j;
}

/**
 * An entry's matched query terms (in no particular order: only which count): its names' and its
 * sentences', each with the common terms left out of the search that its document holds.
 */
function queryTermsOf(parts: IndexParts, s: EntrySearches, f: Found): Set<string> {
  const out = new Set<string>();
  if (f.named >= 0) {
    for (const t of s.names.queryTerms(f.named)) out.add(t);
    for (const t of s.namesDeferred) if (parts.commonInEntries.holds(t, f.position)) out.add(t);
  }
  const m = s.sentences;
  if (m && f.sentences.length > 0) {
    const { terms } = m;
    for (let i = 0; i < terms.length; i++) if ((f.mask & (1 << i)) !== 0) out.add(terms[i] as string);
    for (const t of s.sentencesDeferred) {
      if (out.has(t)) continue;
      for (const j of f.sentences)
        if (parts.commonInPassages.holds(t, m.ids[j] as number)) {
          out.add(t);
          break;
        }
    }
  }
  return out;
}

/** An entry's matched index terms, in the order first matched: its names', then its sentences'. */
function matchedTermsOf(s: EntrySearches, f: Found): string[] {
  const out = new Set<string>();
  if (f.named >= 0) s.names.addMatchedTerms(f.named, out);
  const m = s.sentences;
  if (m) for (const j of f.sentences) m.addMatchedTerms(j, out);
  return [...out];
}
