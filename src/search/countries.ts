import { createRequire } from 'node:module';
import type CountriesLibrary from 'i18n-iso-countries';
import type NationalityLibrary from 'i18n-nationality';
import { LiteralNames } from './literal-names.ts';
import { escapeRegExp } from './text.ts';

/*
 * Country names, from i18n-iso-countries (ISO 3166-1, English: official names and the usual short
 * ones: "Russia", "UK", "USA"). The groups that act like countries at one conference ("Arab States",
 * "CITEL") and short forms the library lacks ("Korea") are the corpus's own, from the `countries:` list
 * of its vocabulary.yml. They let "which country proposed X?" prefer the sentence that names one.
 */

let countriesLibrary: typeof CountriesLibrary | undefined;

/** i18n-iso-countries with its English names, loaded once, on first use. */
function countries(): typeof CountriesLibrary {
  if (countriesLibrary) return countriesLibrary;
  const require = createRequire(import.meta.url);
  countriesLibrary = require('i18n-iso-countries') as typeof CountriesLibrary;
  countriesLibrary.registerLocale(require('i18n-iso-countries/langs/en.json'));
  return countriesLibrary;
}

let libraryNames: readonly string[] | undefined;

/**
 * Every English name the library knows for a country, official and alternative. Loaded on first use
 * (the library reads every language's names), so a command that never looks for a country skips it.
 */
function countryNamesFromLibrary(): readonly string[] {
  libraryNames ??= Object.values(countries().getNames('en', { select: 'all' })).flat();
  return libraryNames;
}

let nationalities: { codeOf(word: string): string | undefined; namesOf(code: string): string[] } | undefined;

/**
 * Nationalities ("British", "french"), from i18n-nationality (the i18n-iso-countries family: the same
 * ISO codes), and the country names for a code from i18n-iso-countries. Loaded on first use.
 */
function nationalityLibrary(): NonNullable<typeof nationalities> {
  if (nationalities) return nationalities;
  const require = createRequire(import.meta.url);
  const library = require('i18n-nationality') as typeof NationalityLibrary;
  library.registerLocale(require('i18n-nationality/langs/en.json'));
  // The library's getAlpha2Code compares the lower-cased name with each of its 246 nationalities in turn,
  // for every new word a question says: a table of them, the first code for each name as its loop finds.
  const byName = new Map<string, string>();
  const names = library.getNames('en');
  for (const code in names) {
    const name = Object.hasOwn(names, code) ? names[code]?.toLowerCase() : undefined;
    if (name !== undefined && !byName.has(name)) byName.set(name, code);
  }
  nationalities = {
    // The library matches a nationality as it is written, capitalised.
    codeOf: (word) => byName.get((word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()).toLowerCase()),
    namesOf: (code) => [countries().getName(code, 'en', { select: 'all' }) ?? []].flat(),
  };
  return nationalities;
}

/**
 * Texts whose country names a {@link CountryNames} remembers at most: more than PP-14's sentences, and
 * at about 150 bytes each a few MB on a larger corpus.
 */
export const DEFAULT_REMEMBERED_TEXTS = 20_000;

/** The library's country names and `extra`, each once, longest first (the order a pattern tries them). */
export function countryNames(extra: readonly string[] = []): string[] {
  return [...new Set([...countryNamesFromLibrary(), ...extra])].sort((a, b) => b.length - a.length);
}

/**
 * Finds country names in text; built once per corpus with the corpus's own additions. The patterns are
 * made on first use, so a process that never looks for a country never loads the library.
 */
export class CountryNames {
  private readonly extra: readonly string[];
  private patterns:
    | { written: LiteralNames; typed: RegExp; typedAscii: LiteralNames | undefined }
    | undefined;

  /** `remember`: texts whose names are kept at most (default {@link DEFAULT_REMEMBERED_TEXTS}). */
  constructor(extra: readonly string[] = [], remember: number = DEFAULT_REMEMBERED_TEXTS) {
    this.extra = extra;
    this.remember = remember;
  }

  /**
   * `written` finds names as a text writes them: case matters, so "chad" or "jordan" in prose is not a
   * country. `typed` finds names as users type them, in any case ("india's proposal").
   */
  private get regexps(): { written: LiteralNames; typed: RegExp; typedAscii: LiteralNames | undefined } {
    if (this.patterns) return this.patterns;
    const names = countryNames(this.extra);
    const alternatives = `(?<![\\p{L}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}])`;
    // Case-sensitive matching, asked of every candidate sentence, needs no regular expression: the
    // same matches, several times faster (literal-names.ts). A question is read in any case, with the
    // pattern (case folding is the regular expression's to get right), or, when it is ASCII, as below.
    this.patterns = {
      written: new LiteralNames(names),
      typed: new RegExp(alternatives, 'giu'),
      // Only where no name holds a character that case-folds to an ASCII one (the Kelvin sign, the long s).
      typedAscii: names.some((n) => FOLDS_TO_ASCII.test(n))
        ? undefined
        : new LiteralNames(names.filter((n) => ASCII.test(n)).map((n) => n.toLowerCase())),
    };
    return this.patterns;
  }

  /** The countries and groups a question names, in any case, lower-cased ("india"). */
  countriesIn(text: string): Set<string> {
    const { typed, typedAscii } = this.regexps;
    // The pattern tries its 500 alternatives at every word of the text, and isName asks this of each
    // lower-case noun of a question (2-4% of /ask's CPU). In ASCII text, the pattern's case folding is
    // ASCII's: no ASCII character folds to a name's non-ASCII one (see typedAscii), and a letter is A-Z
    // or a-z. So the lower-cased text holds, as whole words, exactly the ASCII names lower-cased that
    // the pattern finds, with the same spans, in the same order (test/search/countries.test.ts
    // compares them).
    if (typedAscii !== undefined && ASCII.test(text)) return new Set(typedAscii.matches(text.toLowerCase()));
    return new Set([...text.matchAll(typed)].map((m) => m[0].toLowerCase()));
  }

  /**
   * The names of the country a nationality is of ("british": "United Kingdom", "UK", …), or undefined
   * when the word is none. Remembered per word.
   */
  countriesOfNationality(word: string): readonly string[] | undefined {
    const key = word.toLowerCase();
    if (this.nationalityCache.has(key)) return this.nationalityCache.get(key);
    const code = LONG_WORD.test(key) ? nationalityLibrary().codeOf(key) : undefined;
    const names = code === undefined ? undefined : nationalityLibrary().namesOf(code);
    this.nationalityCache.set(key, names);
    return names;
  }

  private readonly nationalityCache = new Map<string, readonly string[] | undefined>();

  /**
   * True when a text names a country or a group of countries, other than those in `except`
   * (lower-case): "which country opposed India's proposal" is not answered by India.
   */
  namesCountry(text: string, except: ReadonlySet<string> = new Set()): boolean {
    for (const name of this.namedIn(text)) if (!except.has(name)) return true;
    return false;
  }

  /**
   * The names a text writes, lower-cased, remembered per text: answering asks it of the same candidate
   * sentences question after question, several times each.
   */
  private namedIn(text: string): readonly string[] {
    let names = this.named.get(text);
    if (names === undefined) {
      names = [...this.regexps.written.matches(text)].map((n) => n.toLowerCase());
      if (this.named.size >= this.remember) this.named.clear();
      this.named.set(text, names);
    }
    return names;
  }

  // A Map cleared when full (as squash's memo is), not an LRU: lru-cache's bookkeeping adds to every
  // lookup, asked of each candidate several times, and a text's names never change.
  private readonly named = new Map<string, readonly string[]>();
  private readonly remember: number;
}

// A module constant, not a literal in the method: tsx (esbuild) turns a literal with a \p{…} escape outside
// brackets into a `new RegExp(…)` evaluated on every call.
const LONG_WORD = /^\p{L}{4,}$/u;
const ASCII = /^\p{ASCII}*$/u;
/** The two non-ASCII characters whose case folding is ASCII: the Kelvin sign ("k") and the long s ("s"). */
const FOLDS_TO_ASCII = /[\u212a\u017f]/;

/** The library's names alone, for code that has no corpus at hand. */
export const LIBRARY_COUNTRIES = new CountryNames();
