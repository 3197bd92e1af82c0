import type { NamedPerson } from './persons-named.ts';
import type { WeightedQuery } from './search-types.ts';
import type { Understanding } from './understand.ts';

/*
 * The contract of stage 3 of /ask, "verify": its options, its input and its verdict. The stage itself is
 * verify.ts.
 */

/** Tuning of verification; every value has a named default in {@link DEFAULT_VERIFY_OPTIONS}. */
export interface VerifyOptions {
  /** A question word more common than this (weight 0..1, rare in the corpus = high) may go unmatched. */
  commonWeight: number;
  /** The matched share of the question's weighted words must be at least this. */
  minShare: number;
  /** Specific things of the question (not names or numbers) a passage may leave unsaid. */
  maxLooseThings: number;
  /** The matched share needed when a passage leaves one of the question's things unsaid. */
  looseMinShare: number;
  /** The matched share a "why" or "how" question needs. */
  explanatoryShare: number;
  /** An action this rare in the corpus (weight 0..1) must be matched when "who" asks who did it. */
  rareActionWeight: number;
}

/** The defaults. */
export const DEFAULT_VERIFY_OPTIONS: VerifyOptions = {
  commonWeight: 0.25,
  minShare: 0.7,
  maxLooseThings: 1,
  looseMinShare: 0.8,
  explanatoryShare: 0.6,
  rareActionWeight: 0.55,
};

/** The verdict on one passage, with the reason in words for `--explain`. */
export interface Verdict {
  ok: boolean;
  reason: string;
  /** Question words, names or numbers the passage does not account for. */
  missing: string[];
  /** Of `missing`, the names and numbers (a fact-check's claimed value is one of these). */
  missingNames: string[];
}

/** What a passage needs to be checked beyond itself. */
export interface VerifyInput {
  u: Understanding;
  weighted: WeightedQuery;
  /** Entries whose authored `questions:` the question matches: their words count for those entries. */
  askedEntries?: ReadonlySet<string>;
  /** True when a text names one of the corpus's people. */
  namesPerson(text: string): boolean;
  /** True when a text names a country other than those in `except` (lower-case). */
  namesCountry(text: string, except?: ReadonlySet<string>): boolean;
  /**
   * Every phrase of a text that names one of the corpus's people, by name ("Lee") or by the post their
   * entry is also named by ("TSB Director").
   */
  personPhrases?(text: string): readonly NamedPerson[];
  /** The entries a phrase (tokens joined by spaces) names: "deputy secretary general". */
  entriesNamed?(phrase: string): readonly string[];
  /** Every title and alias of the entries with these ids: "WG-PL", "Working Group of the Plenary". */
  entryNames?(ids: readonly string[]): readonly string[];
  /** The sources a phrase names ("oti final dispatch"): told apart from their siblings. */
  sourcesNamed?(phrase: string): readonly string[];
  /** The organisation's names among {@link implied} (squashed, "itu"): they place nothing at the conference. */
  organisation?: ReadonlySet<string>;
  /** Names every passage is about (squashed): never a qualifier of another name ("ITU Secretary-General"). */
  implied?: ReadonlySet<string>;
  /** The conference's first and last day (YYYY-MM-DD), when its corpus gives them. */
  conferenceDays?: { start?: string; end?: string };
  /** The ids of entries about another meeting of the conference's series ("PP-18"). */
  otherMeetings?: ReadonlySet<string>;
  /** The corpus's synonyms (its vocabulary.yml), for names written another way ("US", "United States"). */
  synonyms?: ReadonlyMap<string, readonly string[]>;
  /**
   * The question as searched, after the corpus's phrases rewrote it ("standards bureau" is "TSB"): a
   * name the rewrite replaced is asked for in the corpus's words, not its own.
   */
  searchText?: string;
  /** The words of the long form of an acronym the corpus spells out ("rrb": radio, regulations, board). */
  longForm?(word: string): readonly string[] | undefined;
  /** The names of the country a nationality is of ("british": "United Kingdom", "UK"), if it is one. */
  countriesOf?(word: string): readonly string[] | undefined;
  /** The words (lower-case) naming the sources a passage cites: their titles, publishers, short names. */
  sourceWords?(citations: readonly string[]): ReadonlySet<string>;
  /** The names (as written) of the sources a passage cites: their publishers, short names and aliases. */
  sourceNames?(citations: readonly string[]): readonly string[];
}
