import { createRequire } from 'node:module';
import countriesLibrary from 'i18n-iso-countries';
import { escapeRegExp } from './text.ts';

/*
 * Country names, from i18n-iso-countries (ISO 3166-1, English: official names and the usual short
 * ones: "Russia", "UK", "USA"). The groups that act like countries at one conference ("Arab States",
 * "CITEL") and short forms the library lacks ("Korea") are the corpus's own, from the `countries:` list
 * of its vocabulary.yml. They let "which country proposed X?" prefer the sentence that names one.
 */

const require = createRequire(import.meta.url);
countriesLibrary.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** Every English name the library knows for a country, official and alternative. */
const LIBRARY_NAMES: readonly string[] = Object.values(
  countriesLibrary.getNames('en', { select: 'all' }),
).flat();

/** Finds country names in text; built once per corpus with the corpus's own additions. */
export class CountryNames {
  /** Names as a text writes them: case matters, so "chad" or "jordan" in prose is not a country. */
  private readonly written: RegExp;
  /** Names as users type them, in any case ("india's proposal"). */
  private readonly typed: RegExp;

  constructor(extra: readonly string[] = []) {
    const names = [...new Set([...LIBRARY_NAMES, ...extra])].sort((a, b) => b.length - a.length);
    const alternatives = `(?<![\\p{L}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}])`;
    this.written = new RegExp(alternatives, 'gu');
    this.typed = new RegExp(alternatives, 'giu');
  }

  /** The countries and groups a question names, in any case, lower-cased ("india"). */
  countriesIn(text: string): Set<string> {
    return new Set([...text.matchAll(this.typed)].map((m) => m[0].toLowerCase()));
  }

  /**
   * True when a text names a country or a group of countries, other than those in `except`
   * (lower-case): "which country opposed India's proposal" is not answered by India.
   */
  namesCountry(text: string, except: ReadonlySet<string> = new Set()): boolean {
    for (const m of text.matchAll(this.written)) if (!except.has(m[0].toLowerCase())) return true;
    return false;
  }
}

/** The library's names alone, for code that has no corpus at hand. */
export const LIBRARY_COUNTRIES = new CountryNames();
