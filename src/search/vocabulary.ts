import type { Corpus } from '../corpus/types.ts';
import { isEnglishWord } from './dictionary.ts';
import { osaDistance } from './distance.ts';
import { STOP_WORDS } from './stop-words.ts';
import { TermList } from './term-list.ts';
import { escapeRegExp, processTerm, terms, tokenize } from './text.ts';

/** How near a word must be to count as a typo or a partial word; the index's own settings. */
export interface NearnessOptions {
  fuzzy: number;
  fuzzyMinLength: number;
  prefixMinLength: number;
}

/** A {@link Vocabulary} as plain data: term frequencies, words as written (in first-seen order), acronyms, people. */
export interface VocabularyJSON {
  documentFrequency: [string, number][];
  words: [string, string][];
  acronyms: [string, string[]][];
  /** Source of the pattern matching the corpus's people, when it has any. */
  people?: string;
}

/** Longest long form kept for an acronym, in terms: enough to find it, not a whole sentence. */
const MAX_LONG_FORM_TERMS = 6;

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
  /** The terms, sorted, with their frequencies alongside: for partial words and typos. */
  private readonly termList: TermList;
  private readonly termFrequency: Int32Array;
  /** The words as written, sorted, with their terms and the order they were first seen in. */
  private readonly wordList: TermList;
  private readonly wordTerm: string[];
  private readonly wordOrder: Int32Array;

  /**
   * Reads the vocabulary of `texts` (one per passage), and acronyms and people from the corpus; or,
   * given `saved` (from {@link toJSON}), takes it from there and reads nothing.
   */
  constructor(corpus: Corpus, texts: readonly string[], nearness: NearnessOptions, saved?: VocabularyJSON) {
    this.nearness = nearness;
    if (saved) {
      for (const [t, n] of saved.documentFrequency) this.documentFrequency.set(t, n);
      for (const [w, t] of saved.words) this.words.set(w, t);
      for (const [a, long] of saved.acronyms) this.acronyms.set(a, long);
      this.people = saved.people === undefined ? undefined : new RegExp(saved.people, 'i');
      [this.termList, this.termFrequency, this.wordList, this.wordTerm, this.wordOrder] = this.lists();
      return;
    }
    for (const text of texts) {
      for (const word of tokenize(text)) {
        const term = processTerm(word);
        if (term !== undefined && word.length >= 4 && !this.words.has(word)) this.words.set(word, term);
      }
      for (const term of new Set(terms(text)))
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
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
    this.people = names.length > 0 ? new RegExp(`\\b(?:${names.join('|')})\\b`, 'i') : undefined;
    [this.termList, this.termFrequency, this.wordList, this.wordTerm, this.wordOrder] = this.lists();
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

  /** The sorted lists behind partial-word and typo lookups. */
  private lists(): [TermList, Int32Array, TermList, string[], Int32Array] {
    const termList = new TermList(this.documentFrequency.keys());
    const termFrequency = Int32Array.from(termList.terms, (t) => this.documentFrequency.get(t) ?? 0);
    const wordList = new TermList(this.words.keys());
    const seen = new Map([...this.words.keys()].map((w, i) => [w, i]));
    const wordTerm = wordList.terms.map((w) => this.words.get(w) as string);
    const wordOrder = Int32Array.from(wordList.terms, (w) => seen.get(w) ?? 0);
    return [termList, termFrequency, wordList, wordTerm, wordOrder];
  }

  /**
   * How many passages use a term; for a typo or a partial word, the count of the most common term
   * within reach stands for it; 0 when the corpus has nothing like it.
   */
  frequency(term: string): number {
    const exact = this.documentFrequency.get(term);
    if (exact !== undefined) return exact;
    const { fuzzy, fuzzyMinLength, prefixMinLength } = this.nearness;
    const maxDistance = term.length >= fuzzyMinLength ? Math.floor(term.length * fuzzy) : 0;
    let best = 0;
    if (term.length >= prefixMinLength) {
      const [from, to] = this.termList.prefixRange(term);
      for (let i = from; i < to; i++) best = Math.max(best, this.termFrequency[i] as number);
    }
    if (maxDistance > 0)
      for (const near of this.termList.within(term, maxDistance))
        best = Math.max(best, this.termFrequency[near.index] as number);
    return best;
  }

  /** True when the corpus uses exactly this term: a known word is searched as it is, not fuzzily. */
  has(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /** The terms of the corpus starting with `prefix`. */
  completionTerms(prefix: string): readonly string[] {
    const [from, to] = this.termList.prefixRange(prefix);
    return this.termList.terms.slice(from, to);
  }

  /** The terms of the corpus within `distance` edits of `term` (Levenshtein). */
  near(term: string, distance: number): string[] {
    return distance > 0 ? this.termList.within(term, distance).map((n) => n.term) : [];
  }

  /** How many terms of the corpus start with `prefix`: a short prefix of a large corpus has thousands. */
  completions(prefix: string): number {
    const [from, to] = this.termList.prefixRange(prefix);
    return to - from;
  }

  /**
   * The term of the corpus word closest to a misspelt one: within one edit (a swap of two letters
   * counts as one) for words of four to seven letters, two from eight on; the most frequent on a tie.
   */
  correct(word: string): string | undefined {
    if (word.length < 4 || /\d/.test(word) || isEnglishWord(word)) return undefined;
    const max = word.length >= 8 ? 2 : 1;
    let best: { index: number; distance: number; df: number } | undefined;
    for (const near of this.wordList.within(word, max, 'osa')) {
      const df = this.documentFrequency.get(this.wordTerm[near.index] as string) ?? 0;
      // Ties go to the more frequent term, then to the word the corpus used first.
      if (
        !best ||
        near.distance < best.distance ||
        (near.distance === best.distance &&
          (df > best.df ||
            (df === best.df &&
              (this.wordOrder[near.index] as number) < (this.wordOrder[best.index] as number))))
      )
        best = { index: near.index, distance: near.distance, df };
    }
    return best ? this.wordTerm[best.index] : undefined;
  }

  /** The terms of the long form of an acronym the corpus spells out ("rrb", "itrs"), if any. */
  longForm(word: string): string[] | undefined {
    return this.acronyms.get(word.replace(/s$/, ''));
  }

  /** True when a text names one of the corpus's people. */
  namesPerson(text: string): boolean {
    return this.people?.test(text) ?? false;
  }
}

/**
 * Finds "Long Form Name (LFN)" in a text and returns acronym -> terms of the long form, keeping only
 * pairs whose acronym spells the initials of the words before it, so "(Rev. Busan, 2014)" is not taken
 * for one.
 */
export function spelledOutAcronyms(text: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const m of text.matchAll(/((?:[\p{L}'-]+\s+){1,10})\(([A-Z][A-Za-z0-9]{1,7})\)/gu)) {
    const acronym = (m[2] ?? '').replace(/s$/, '');
    if (acronym.length < 2) continue;
    // Walk back from the bracket, collecting initials of capitalised words (and of each part of a
    // hyphenated word, "Over-the-top"), until they spell the acronym or cannot.
    const words = (m[1] ?? '').trim().split(/\s+/);
    let initials = '';
    let from = words.length;
    while (from > 0 && initials.length < acronym.length) {
      const word = words[from - 1] as string;
      from--;
      if (word.includes('-'))
        initials =
          word
            .split('-')
            .map((p) => p[0] ?? '')
            .join('') + initials;
      else if (/^\p{Lu}/u.test(word)) initials = (word[0] ?? '') + initials;
    }
    if (initials.toUpperCase() !== acronym.toUpperCase()) continue;
    const longTerms = terms(words.slice(from).join(' ')).slice(0, MAX_LONG_FORM_TERMS);
    if (longTerms.length > 0) out.push([acronym.toLowerCase(), longTerms]);
  }
  return out;
}

/** True for a word of four letters or more within one edit of a stop word ("happend", "whne"). */
export function isStopWordTypo(word: string): boolean {
  if (word.length < 4) return false;
  for (const stop of STOP_WORDS) {
    if (stop.length >= 4 && Math.abs(stop.length - word.length) <= 1 && osaDistance(word, stop, 1) <= 1)
      return true;
  }
  return false;
}
