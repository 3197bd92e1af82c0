import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus } from '../corpus/types.ts';
import { spelledOutAcronyms } from './acronyms.ts';
import { isEnglishWord } from './dictionary.ts';
import { osaDistance } from './distance.ts';
import { escapeRegExp, processTerm } from './text.ts';
import { withinSwapsAndEdits } from './typo-forms.ts';

/** How near a word must be to count as a typo or a partial word; the index's own settings. */
export interface NearnessOptions {
  fuzzy: number;
  fuzzyMinLength: number;
  prefixMinLength: number;
}

/** Flags of the people pattern: any case, and Unicode letters ("Çavuşoğlu"). */
const PEOPLE_FLAGS = 'iu';

/** A {@link Vocabulary} as plain data: term frequencies, words as written (in first-seen order), acronyms, people. */
export interface VocabularyJSON {
  documentFrequency: [string, number][];
  words: [string, string][];
  acronyms: [string, string[]][];
  /** Source of the pattern matching the corpus's people, when it has any. */
  people?: string;
}

/**
 * A text as the index reads it: its tokens (`tokenize`), and each token's term (`processTerm`, undefined
 * for a stop word), in the same order.
 */
export interface ReadText {
  tokens: readonly string[];
  terms: readonly (string | undefined)[];
}

/** Corrections a vocabulary remembers at most; past it, it forgets them all and starts again. */
const MAX_REMEMBERED_CORRECTIONS = 10_000;
/** The shortest term of a word that a slip in another form of a corpus word is looked for by. */
const MIN_STEM_CORRECTED = 5;
/** Prefixes whose counts {@link Vocabulary.completions} remembers at most, per bound. */
const MAX_REMEMBERED_COMPLETIONS = 10_000;
/** Texts whose people {@link Vocabulary.namesPerson} remembers at most, as the other per-text caches. */
const MAX_REMEMBERED_TEXTS = 20_000;

/** A word as the corpus wrote it: its term, and when the corpus first used it (for ties). */
interface WrittenWord {
  term: string;
  order: number;
}

/**
 * What the corpus's words are: how many passages use each term, the words as written (to correct
 * misspellings), the acronyms it spells out, and the names of its people. Built once with the index.
 */
export class Vocabulary {
  /** Number of passages each term occurs in, for term weights. */
  private readonly documentFrequency = new Map<string, number>();
  /** Every word as written (lower-case, four letters or more) with its term. */
  private readonly words = new Map<string, string>();
  /** Acronym -> terms of its long form ("rrb" -> radio regul board). */
  private readonly acronyms = new Map<string, string[]>();
  /** Names of the corpus's people (person entries' titles and aliases). */
  private readonly people: RegExp | undefined;
  private readonly nearness: NearnessOptions;
  /**
   * Term -> passages using it, as a radix tree, for partial words (`atPrefix`) and typos (`fuzzyGet`).
   * Built on first use: a command that looks no word up (`/resolution 174`) starts without it.
   */
  private termTree_: SearchableMap<number> | undefined;
  /** The words as written, as a radix tree, for corrections (`fuzzyGet`); built on first use. */
  private wordTree_: SearchableMap<WrittenWord> | undefined;
  /** Frequencies of terms the corpus lacks, already found, for {@link frequency}. */
  private readonly nearFrequencies = new Map<string, number>();
  /** Corrections already found (`null`: none), for {@link correct}. */
  private readonly corrections = new Map<string, string | null>();
  /** Texts already tested by {@link namesPerson}: ranking and verification ask it of the same sentences. */
  private readonly peopleNamed = new Map<string, boolean>();

  /**
   * Reads the vocabulary of `texts` (one per passage, as the index read them: the build has their
   * tokens and terms already), and acronyms and people from the corpus; or,
   * given `saved` (from {@link toJSON}), takes it from there and reads nothing.
   */
  constructor(corpus: Corpus, texts: Iterable<ReadText>, nearness: NearnessOptions, saved?: VocabularyJSON) {
    this.nearness = nearness;
    if (saved) {
      for (const [t, n] of saved.documentFrequency) this.documentFrequency.set(t, n);
      for (const [w, t] of saved.words) this.words.set(w, t);
      for (const [a, long] of saved.acronyms) this.acronyms.set(a, long);
      this.people = saved.people === undefined ? undefined : new RegExp(saved.people, PEOPLE_FLAGS);
      return;
    }
    for (const { tokens, terms } of texts) {
      tokens.forEach((word, j) => {
        const term = terms[j];
        if (term !== undefined && word.length >= 4 && !this.words.has(word)) this.words.set(word, term);
      });
      for (const term of new Set(terms))
        if (term !== undefined) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    for (const text of [
      ...corpus.entries.flatMap((e) => [e.title, ...e.aliases]),
      ...corpus.passages.map((p) => p.text),
    ]) {
      // The pattern is costly over a large corpus; most sentences hold no "(ABC)" at all.
      if (!/\([A-Z]/.test(text)) continue;
      for (const [acronym, long] of spelledOutAcronyms(text))
        if (!this.acronyms.has(acronym)) this.acronyms.set(acronym, long);
    }
    const names = corpus.entries
      .filter((e) => e.kind === 'person')
      .flatMap((e) => [e.title, ...e.aliases])
      .filter((n) => n.length >= 4)
      .map(escapeRegExp);
    // Letters on either side, not \b: "Touré" ends in a letter \b does not count as one.
    this.people =
      names.length > 0
        ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, PEOPLE_FLAGS)
        : undefined;
  }

  /**
   * The vocabulary of a corpus whose passages were counted already (`passage-counts.ts`, in one pass
   * with the common-term table): the same as the constructor given the same texts, whose document
   * frequencies and words these are, in the order it would have met them.
   */
  static fromCounts(
    corpus: Corpus,
    counted: { documentFrequency: ReadonlyMap<string, number>; words: ReadonlyMap<string, string> },
    nearness: NearnessOptions,
  ): Vocabulary {
    const out = new Vocabulary(corpus, [], nearness);
    for (const [t, n] of counted.documentFrequency) out.documentFrequency.set(t, n);
    for (const [w, t] of counted.words) out.words.set(w, t);
    return out;
  }

  /** A vocabulary saved by {@link toJSON}. */
  static fromJSON(saved: VocabularyJSON, nearness: NearnessOptions): Vocabulary {
    const none: Corpus = {
      dir: '',
      conference: { name: '', shortName: '', description: '' },
      entries: [],
      byId: new Map(),
      passages: [],
    };
    return new Vocabulary(none, [], nearness, saved);
  }

  /** The vocabulary as plain data, for a snapshot; words keep the order they were first seen in. */
  toJSON(): VocabularyJSON {
    return {
      documentFrequency: [...this.documentFrequency],
      words: [...this.words],
      acronyms: [...this.acronyms],
      ...(this.people ? { people: this.people.source } : {}),
    };
  }

  private get termTree(): SearchableMap<number> {
    this.termTree_ ??= SearchableMap.from<number>(this.documentFrequency);
    return this.termTree_;
  }

  private get wordTree(): SearchableMap<WrittenWord> {
    this.wordTree_ ??= SearchableMap.from<WrittenWord>(
      [...this.words].map(([word, term], order) => [word, { term, order }]),
    );
    return this.wordTree_;
  }

  /**
   * How many passages use a term; for a typo or a partial word, the count of the most common term
   * within reach stands for it; 0 when the corpus has nothing like it.
   */
  frequency(term: string): number {
    const exact = this.documentFrequency.get(term);
    if (exact !== undefined) return exact;
    // A word the corpus lacks is asked about several times in one question (knowing it, weighing it,
    // the did-you-mean search weighing it again), each time a prefix and an edit-distance walk of the
    // term tree: remembered, within a bound, as corrections are.
    const near = this.nearFrequencies.get(term);
    if (near !== undefined) return near;
    const found = this.nearFrequency(term);
    if (this.nearFrequencies.size >= MAX_REMEMBERED_CORRECTIONS) this.nearFrequencies.clear();
    this.nearFrequencies.set(term, found);
    return found;
  }

  /** {@link frequency} of a term the corpus lacks: the most common term within reach. */
  private nearFrequency(term: string): number {
    const { fuzzy, fuzzyMinLength, prefixMinLength } = this.nearness;
    const maxDistance = term.length >= fuzzyMinLength ? Math.floor(term.length * fuzzy) : 0;
    let best = 0;
    if (term.length >= prefixMinLength)
      for (const df of this.termTree.atPrefix(term).values()) best = Math.max(best, df);
    if (maxDistance > 0)
      for (const [df] of this.termTree.fuzzyGet(term, maxDistance).values()) best = Math.max(best, df);
    return best;
  }

  /** True when the corpus uses exactly this term: a known word is searched as it is, not fuzzily. */
  has(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /** The terms of the corpus starting with `prefix`, in no particular order. */
  completionTerms(prefix: string): readonly string[] {
    return [...this.termTree.atPrefix(prefix).keys()];
  }

  /** The terms of the corpus within `distance` edits of `term` (Levenshtein), in no particular order. */
  near(term: string, distance: number): string[] {
    return distance > 0 ? [...this.termTree.fuzzyGet(term, distance).keys()] : [];
  }

  /**
   * How many terms of the corpus start with `prefix`, counting no further than `atMost + 1`: a short
   * prefix of a large corpus has thousands, and the radix tree counts them one by one.
   */
  completions(prefix: string, atMost = Number.POSITIVE_INFINITY): number {
    // Remembered per bound and prefix: every question plans each of its terms as a prefix (a walk of
    // the tree, 1% of the slowest lines' CPU), and questions share most of their terms.
    let counts = this.completionCounts.get(atMost);
    if (counts === undefined) {
      counts = new Map();
      this.completionCounts.set(atMost, counts);
    }
    const known = counts.get(prefix);
    if (known !== undefined) return known;
    let count = 0;
    for (const _ of this.termTree.atPrefix(prefix).values()) if (++count > atMost) break;
    if (counts.size >= MAX_REMEMBERED_COMPLETIONS) counts.clear();
    counts.set(prefix, count);
    return count;
  }

  /** {@link completions}' counts already made, by bound and prefix. */
  private readonly completionCounts = new Map<number, Map<string, number>>();

  /**
   * The term of the corpus word closest to a misspelt one: within one edit (a swap of two letters
   * counts as one) for words of four to seven letters, two from eight on; the most frequent on a tie.
   */
  correct(word: string): string | undefined {
    // Pure for a vocabulary, and asked again for the same slip (by the did-you-mean search of a question
    // that found nothing, by the next line of a user retyping it): remembered, within a bound.
    const known = this.corrections.get(word);
    if (known !== undefined) return known ?? undefined;
    const found = this.findCorrection(word);
    if (this.corrections.size >= MAX_REMEMBERED_CORRECTIONS) this.corrections.clear();
    this.corrections.set(word, found ?? null);
    return found;
  }

  private findCorrection(word: string): string | undefined {
    if (word.length < 4 || /\d/.test(word) || isEnglishWord(word)) return undefined;
    const max = word.length >= 8 ? 2 : 1;
    let best: { written: WrittenWord; distance: number; df: number } | undefined;
    for (const [near, written] of withinSwapsAndEdits(this.wordTree, word, max)) {
      const distance = osaDistance(word, near, max);
      if (distance > max) continue;
      const df = this.documentFrequency.get(written.term) ?? 0;
      // Ties go to the more frequent term, then to the word the corpus used first.
      if (
        !best ||
        distance < best.distance ||
        (distance === best.distance &&
          (df > best.df || (df === best.df && written.order < best.written.order)))
      )
        best = { written, distance, df };
    }
    return best?.written.term ?? this.correctStem(word);
  }

  /**
   * "Recieve" where the corpus writes only "received": a slip in another form of a word the corpus uses
   * is one slip from its term ("reciev", "receiv"), not from any word it wrote. The most frequent term
   * within one edit (a swap counts as one) of the word's own term.
   */
  private correctStem(word: string): string | undefined {
    const stem = processTerm(word);
    // A short term is one slip from too many ("gagn" of the French "gagné" from "gain").
    if (stem === undefined || stem.length < MIN_STEM_CORRECTED || stem === word) return undefined;
    let best: { term: string; df: number } | undefined;
    for (const [term, df] of withinSwapsAndEdits(this.termTree, stem, 1))
      if (osaDistance(stem, term, 1) <= 1 && (!best || df > best.df)) best = { term, df };
    return best?.term;
  }

  /** The terms of the long form of an acronym the corpus spells out ("rrb", "itrs"), if any. */
  longForm(word: string): string[] | undefined {
    return this.acronyms.get(word.replace(/s$/, ''));
  }

  /** True when a text names one of the corpus's people. */
  namesPerson(text: string): boolean {
    if (this.people === undefined) return false;
    // The pattern tries every name at every position of the text (1.5% of `/ask` CPU, 2.3% of its
    // slowest lines'); a candidate sentence comes back question after question.
    const known = this.peopleNamed.get(text);
    if (known !== undefined) return known;
    const found = this.people.test(text);
    if (this.peopleNamed.size >= MAX_REMEMBERED_TEXTS) this.peopleNamed.clear();
    this.peopleNamed.set(text, found);
    return found;
  }
}
