import { LIBRARY_COUNTRIES } from './countries.ts';
import { isEnglishWord } from './dictionary.ts';
import type { IndexParts } from './index-parts.ts';
import { joinedWords } from './joined-words.ts';
import { MAX_CORRECTED_LENGTH } from './search-options.ts';
import type { WeightedQuery } from './search-types.ts';
import { escapeRegExp, processTerm, queryConcepts } from './text.ts';
import { isStopWordTypo } from './typo-forms.ts';

/**
 * Weight of a dictionary word the corpus never uses, against 1 for any other unknown word: still more
 * than most corpus words, so a question about something absent is declined, but one such word in a
 * question the passage otherwise answers no longer sinks it (0.6 let a dollar conversion and a
 * runner-up's votes be answered from other figures, 2026-12-04).
 */
const UNKNOWN_ENGLISH_WEIGHT = 0.75;

/** Letters a clipped word keeps at least: shorter, a start is shared by too many words to say which. */
const MIN_CLIPPED_LENGTH = 6;

/** Most content words of one line that are weighed and searched: a question has far fewer. */
const MAX_QUERY_WORDS = 24;

/**
 * Reads a query into weighted concepts. A word the corpus never uses weighs the most (1): a question
 * about something absent must not be answered from the words it shares with the corpus.
 */
export function weighQuery(parts: IndexParts, query: string): WeightedQuery {
  const { corpus, vocabulary } = parts;
  const n = Math.max(corpus.passages.length, 1);
  const idf = (df: number) => Math.log(1 + n / df) / Math.log(1 + n);
  // A word the corpus lacks is looked up by prefix and by edit distance (about a millisecond at 100k
  // passages), and each concept asks for its words' frequencies more than once: each asked once here.
  const frequencies = new Map<string, number>();
  const frequency = (term: string) => {
    let df = frequencies.get(term);
    if (df === undefined) {
      df = vocabulary.frequency(term);
      frequencies.set(term, df);
    }
    return df;
  };
  // A question has a few content words; past MAX_QUERY_WORDS a line is pasted text, and weighing (with
  // its spelling correction) every word of it would let one line cost tens of milliseconds.
  const concepts = queryConcepts(query, corpus.vocabulary?.synonyms)
    .slice(0, MAX_QUERY_WORDS)
    .map((c) => {
      // An acronym the corpus spells out also stands for its long form ("RRB": radio regulations board).
      const long = vocabulary.longForm(c.word);
      if (long) c.alternatives.push(...long.filter((t) => !c.alternatives.includes(t)));
      // A word the corpus never uses, one slip away from one it does ("flihgt", "wemen"), is that word,
      // searched and verified through its correction: fuzzy search alone finds "women" for "wemen", but
      // verification reads the words a concept stands for.
      const typed = c.alternatives[0] as string;
      // No corpus word is longer than MAX_CORRECTED_LENGTH letters: a longer token is no slip of one.
      const correctable = c.word.length <= MAX_CORRECTED_LENGTH;
      // "wifi" where the corpus writes "Wi-fi": the hyphenated word's parts, before any slip is guessed.
      const parts = frequency(typed) === 0 ? joinedWords(corpus).get(c.word) : undefined;
      if (parts) c.alternatives.push(...parts.filter((t) => !c.alternatives.includes(t)));
      // `frequency` of a word the corpus lacks is that of its nearest terms, so whether it is one of the
      // corpus's own words is asked of the vocabulary itself: "wemen" is near "women", and is a slip of it.
      else if (correctable && !vocabulary.has(typed)) {
        const corrected = vocabulary.correct(c.word);
        if (corrected) c.alternatives.unshift(corrected);
      }
      // "Citizenship" where the corpus says "citizens": a word it lacks that another word of its starts
      // (a derived form: -ship, -ness, -ment) is that word.
      if (!c.alternatives.some((t) => frequency(t) > 0)) {
        const base = knownStem(c.word, (t) => vocabulary.has(t));
        if (base) c.alternatives.push(base);
      }
      // "radiocom", "cybersec": a clipped word no dictionary has, that only one corpus word starts with,
      // is that word. (`frequency` of such a word is already its completions', so the vocabulary is asked.)
      if (
        c.alternatives.length === 1 &&
        typed.length >= MIN_CLIPPED_LENGTH &&
        !vocabulary.has(typed) &&
        !isEnglishWord(c.word)
      ) {
        // Counted first, to two at most: a short start of a large corpus has thousands of completions.
        if (vocabulary.completions(typed, 1) === 1)
          c.alternatives.push(vocabulary.completionTerms(typed)[0] as string);
      }
      const dfs = c.alternatives.map(frequency).filter((df) => df > 0);
      const own = frequency(c.alternatives[0] as string);
      const df = own > 0 ? own : dfs.length > 0 ? Math.max(...dfs) : 0;
      // A word the corpus lacks weighs the most; less so a dictionary word ("gadgets", "side", "fight"),
      // which may be the asker's wording of a thing the corpus words otherwise, than a made-up one.
      const unknown = isEnglishWord(c.word) ? UNKNOWN_ENGLISH_WEIGHT : 1;
      // Object.assign, not { ...c, known, weight }: in Node 20 a literal that goes on after a spread makes a
      // new shape for every object it makes (about 1.2 µs a concept, against 0.1).
      return Object.assign({}, c, { known: df > 0, weight: df > 0 ? idf(df) : unknown });
    });
  // An unknown word one letter away from a stop word ("happend", "whta") is a typo of filler; one
  // that is no English word, no slip of a corpus word and no name ("sry", "brb", "tl;dr") is chat.
  // A nationality the corpus never writes ("italian") is a name, which verify checks apart.
  return {
    concepts: concepts.filter(
      (c) =>
        c.known ||
        !(
          isStopWordTypo(c.word) ||
          isChat(c, query) ||
          isQuantity(c.word, query) ||
          LIBRARY_COUNTRIES.countriesOfNationality(c.word) !== undefined
        ),
    ),
  };
}

/**
 * True when a word the corpus lacks is chat shorthand: letters only, no dictionary English, and no
 * correction to a corpus word among its alternatives. Names are checked apart (verify), so "Varembé"
 * is still asked for; a dictionary word ("football") still counts as a topic the corpus lacks. A word
 * an article or a possessive governs ("ICANN's CEO", "the CEO") is a noun the asker means, however
 * short: shorthand stands for a phrase or a feeling ("brb", "tbh"), never for a thing one can own.
 */
function isChat(c: { word: string; alternatives: readonly string[] }, query: string): boolean {
  return (
    /^[a-z]+$/.test(c.word) &&
    (c.word.length < MIN_NAME_LETTERS || /(.)\1\1/.test(c.word)) &&
    c.alternatives.length <= 1 &&
    !isEnglishWord(c.word) &&
    !governed(c.word, query)
  );
}

/** True when an article or a possessive ('s, "its", "their") comes right before `word` in the line. */
function governed(word: string, query: string): boolean {
  return new RegExp(
    String.raw`(?:\b(?:the|a|an|its|their|his|her|our|your)|\w['’]s?)\s+${escapeRegExp(word)}\b`,
    'i',
  ).test(query);
}

/**
 * True when a word the corpus lacks measures what follows it: "a couple of candidates", "a bunch of
 * resolutions". English puts a quantity as "a <noun> of"; the corpus's own nouns in that place ("a group
 * of") are known and stay.
 */
function isQuantity(word: string, query: string): boolean {
  return isEnglishWord(word) && new RegExp(String.raw`\ba\s+${escapeRegExp(word)}\s+of\b`, 'i').test(query);
}

/**
 * Chat shorthand is short ("brb", "tbh", "dunno") or drawn out ("sooo", "hmmm"); a longer word that is
 * no English and no slip of a corpus word ("chehade") is a name typed in lower case, or a topic, that
 * the corpus lacks.
 */
const MIN_NAME_LETTERS = 6;

/** Shortest start of a word read as the word it derives from, and the share of the word it must keep. */
const MIN_STEM_LETTERS = 6;
const MIN_STEM_SHARE = 0.6;

/**
 * The corpus term of the longest start of `word` the corpus uses ("citizenship" → "citizen"), for a word
 * of eight letters or more; none shorter than six letters or than 60% of the word.
 */
function knownStem(word: string, known: (term: string) => boolean): string | undefined {
  if (word.length < 8 || !LETTERS_ONLY.test(word)) return undefined;
  const shortest = Math.max(MIN_STEM_LETTERS, Math.ceil(word.length * MIN_STEM_SHARE));
  for (let k = word.length - 1; k >= shortest; k--) {
    const term = processTerm(word.slice(0, k));
    if (term !== undefined && known(term)) return term;
  }
  return undefined;
}

// Module constant, not a literal in the function: tsx (esbuild) turns a literal with a \p{…} escape outside
// brackets into a `new RegExp(…)` evaluated on every call.
const LETTERS_ONLY = /^\p{L}+$/u;
