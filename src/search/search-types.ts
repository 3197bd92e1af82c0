import type { Entry, Passage } from '../corpus/types.ts';
import type { CommonTermsJSON } from './common-terms.ts';
import type { ImpactPostingsJSON } from './impact-postings.ts';
import type { PackedIndex } from './index-docs.ts';
import type { QueryConcept } from './text.ts';
import type { VocabularyJSON } from './vocabulary.ts';

/*
 * The shapes a search index takes and gives: its options, its hits, a weighed query, and the state a
 * snapshot saves. Apart from the index class, so that the files that only pass these around need not
 * load it.
 */

/** Tuning of the index. Every value has a named default in {@link DEFAULT_SEARCH_OPTIONS}. */
export interface SearchIndexOptions {
  /**
   * Boosts for entry search: ids and names (and headings, at `body`) in the entry index matter more
   * than the entry's sentences, found in the passage index (`summary` for summary sentences, `body` for
   * the others).
   */
  entryBoost: Record<'ids' | 'title' | 'aliases' | 'summary' | 'body', number>;
  /**
   * Boosts for passage search: the sentence itself counts most, then its entry's names (matched in the
   * entry index) and the sentence before it (through that sentence's own match).
   */
  passageBoost: Record<'text' | 'entry' | 'context', number>;
  /** Edit distance allowed, as a fraction of a term's length (0.2: one typo per five letters). */
  fuzzy: number;
  /** Terms shorter than this are matched exactly: short words have too many neighbours. */
  fuzzyMinLength: number;
  /** Terms at least this long also match longer words they start ("defin" finds "definition"). */
  prefixMinLength: number;
  /** Weight of a synonym relative to the word the user typed. */
  synonymWeight: number;
  /**
   * Most edits a fuzzy match may take on a large corpus (one with common terms, see `maxTermPostings`),
   * whatever the word's length: each more multiplies the work.
   */
  maxEditDistance: number;
  /** A partial word completing to more terms than this is searched as typed: too common a start. */
  maxPrefixTerms: number;
  /**
   * A term in more documents than this is not looked up in the index when the query has rarer ones;
   * the best candidates are checked for it instead. Far above a conference corpus: only large ones
   * (tens of thousands of passages) have such terms.
   */
  maxTermPostings: number;
  /**
   * How many sentences each common term keeps, best first by BM25 (impact-ordered postings): a question
   * of common words only ranks its rarest word's best sentences, not its whole posting list. Well above
   * the candidates `/ask` reads (100), so that a sentence's context and its entry's names can still lift
   * one from further down into them. 0 keeps none: every search scores whole posting lists.
   */
  impactPostings: number;
  /** Most hits a search returns, best first: scoring and sorting beyond them is wasted work. */
  maxCandidates: number;
}

/** The defaults, tuned on the dev questions and kept general. */
export const DEFAULT_SEARCH_OPTIONS: SearchIndexOptions = {
  entryBoost: { ids: 4, title: 3, aliases: 3, summary: 1.5, body: 1 },
  passageBoost: { text: 1, entry: 0.5, context: 0.3 },
  fuzzy: 0.2,
  fuzzyMinLength: 5,
  prefixMinLength: 4,
  synonymWeight: 0.6,
  maxEditDistance: 2,
  maxPrefixTerms: 100,
  maxTermPostings: 2000,
  impactPostings: 500,
  maxCandidates: 1000,
};

/** An entry found by a search, with the document terms that matched (for highlighting). */
export interface EntryHit {
  entry: Entry;
  score: number;
  /** Share (0..1) of the query's weighted content words that this entry matches. */
  coverage: number;
  matchedTerms: string[];
}

/** A passage found for a question, with how much of the question it covers. */
export interface PassageHit {
  passage: Passage;
  entry: Entry;
  score: number;
  /** Share (0..1) of the question's weighted content words that this passage matches. */
  coverage: number;
  matchedTerms: string[];
  /** The query terms (user's words or synonyms, processed) that this passage matched. */
  queryTerms: string[];
  /** True when the sentence itself (not only its entry's name or the sentence before) matched. */
  textMatched: boolean;
}

/** A query read into content concepts, each with a weight: rare words weigh more than common ones. */
export interface WeightedQuery {
  concepts: (QueryConcept & { weight: number; known: boolean })[];
}

/** What a {@link SearchIndex} builds from a corpus, as plain data: a snapshot saves and restores it. */
export interface SearchIndexState {
  entries: PackedIndex;
  passages: PackedIndex;
  commonInPassages: CommonTermsJSON;
  commonInEntries: CommonTermsJSON;
  impacts: ImpactPostingsJSON;
  vocabulary: VocabularyJSON;
}
