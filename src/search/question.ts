import { namesCountry } from './countries.ts';
import { STOP_WORDS } from './stop-words.ts';
import { SYNONYMS } from './synonyms.ts';
import { tokenize } from './text.ts';

/** What kind of answer a question wants, read from its wording ("how many", "when", "which country"). */
export interface QuestionShape {
  /** "How many", "how much", "number of": a quantity. */
  wantsNumber: boolean;
  /** Word forms of the thing counted in "how many X", to prefer "452 proposals". */
  counted: ReadonlySet<string>;
  /** "When", "what date": a date. */
  wantsDate: boolean;
  /** "Which country", "what nations": a country's name, which the question itself cannot contain. */
  wantsCountry: boolean;
  /** "Who ...": a person, or a country or group acting like one. */
  wantsWho: boolean;
  /** The question without words that name the answer's type ("which country" -> "which"). */
  searchText: string;
}

/** Weights for answers that fit the question's shape; see {@link fitWeight}. */
export interface FitWeights {
  countBoost: number;
  numberBoost: number;
  numberWordBoost: number;
  dateBoost: number;
  countryBoost: number;
  whoBoost: number;
}

const ANSWER_TYPE_COUNTRY =
  /\b(which|what) (?:countries|country|nations?|member states?|governments?|delegations?)\b/i;

/** Reads the shape of a question. */
export function readQuestion(question: string): QuestionShape {
  const countedWords = /\bhow many\s+(\w+)(?:\s+(\w+))?/i.exec(question)?.slice(1) ?? [];
  const wantsCountry = ANSWER_TYPE_COUNTRY.test(question);
  return {
    wantsNumber: /\bhow (?:many|much|old|long)\b|\bnumber of\b|\bwhat percentage\b/i.test(question),
    counted: new Set(
      countedWords
        .filter((w): w is string => !!w && !STOP_WORDS.has(w.toLowerCase()))
        .flatMap((w) => [...countedForms(w)]),
    ),
    wantsDate: /\bwhen\b|\bwhat (?:date|day|year|month)\b|\bdates?\b/i.test(question),
    wantsCountry,
    wantsWho: /^\s*who(?:m|se)?\b/i.test(question),
    // "Which country proposed X": the answer names a country; the word "country" need not appear.
    // "R130" and "D5" are written out, so their words count as known, not as unknown tokens.
    searchText: (wantsCountry ? question.replace(ANSWER_TYPE_COUNTRY, '$1') : question)
      .replace(/\b[Rr](\d{1,4})\b/g, 'Resolution $1')
      .replace(/\b[Dd](\d{1,3})\b/g, 'Decision $1'),
  };
}

/** True when a text states a quantity, in digits or in words: what a "how many" question needs. */
export function statesQuantity(text: string): boolean {
  return hasCount(text) || NUMBER_WORD.test(text);
}

/**
 * How much better a passage fits the shape of the question: 1 when the shape says nothing. `namesPerson`
 * tells whether a text names one of the corpus's people.
 */
export function fitWeight(
  shape: QuestionShape,
  text: string,
  w: FitWeights,
  namesPerson: (text: string) => boolean = () => false,
): number {
  let weight = 1;
  if (shape.wantsNumber) {
    weight *= countsThing(text, shape.counted)
      ? w.countBoost
      : hasCount(text)
        ? w.numberBoost
        : NUMBER_WORD.test(text)
          ? w.numberWordBoost
          : 1;
  }
  if (shape.wantsDate && MONTHS.test(text)) weight *= w.dateBoost;
  if (shape.wantsCountry && namesCountry(text)) weight *= w.countryBoost;
  if (shape.wantsWho && (namesPerson(text) || namesCountry(text))) weight *= w.whoBoost;
  return weight;
}

/**
 * True when a text states a quantity in digits ("2,500 delegates", "19 new"), not as part of a name
 * ("PP-14", "68/167", "Resolution 130"), a year or a day of a date. Figures in words ("all four") are
 * usually asides.
 */
export function hasCount(text: string): boolean {
  return /(?<![\p{L}\d/-])\d[\d,.]*(?![\p{L}\d/-])/u.test(withoutNames(text));
}

/** Text with the numbers that are not quantities blanked: names ("PP-14", "Resolution 130"), years, days. */
function withoutNames(text: string): string {
  return text
    .replace(/\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi, ' ')
    .replace(/\b(?:19|20)\d\d\b/g, ' ')
    .replace(/\b\p{L}+-\d+\b/gu, ' ')
    .replace(
      /\b(?:resolutions?|res\.?|decisions?|dec\.?|documents?|doc\.?|no\.?|article|art\.?|opinion|group|sg|committee|wtsa|wtdc|wrc)[\s-]*\d+/gi,
      ' ',
    );
}

/**
 * The word forms that name the thing counted in "how many X": X in singular and plural, and its
 * synonyms ("people": delegates, participants). Word forms, not stems: "452 proposals" counts
 * proposals, "four proposed resolutions" does not.
 */
function countedForms(word: string): Set<string> {
  const out = new Set<string>();
  const w = word.toLowerCase();
  if (w === '') return out;
  for (const form of [w, ...(SYNONYMS[w] ?? []).flatMap((x) => x.split(/\s+/))]) {
    const singular = form.replace(/(?:es|s)$/, '');
    for (const f of [form, singular, `${singular}s`, `${singular}es`]) out.add(f);
  }
  return out;
}

/** True when a number is followed, within two words, by a word for the counted thing ("19 new resolutions"). */
function countsThing(text: string, counted: ReadonlySet<string>): boolean {
  if (counted.size === 0) return false;
  const tokens = tokenize(withoutNames(text));
  return tokens.some(
    (t, i) =>
      (/^\d+$/.test(t) || NUMBER_WORD.test(t)) &&
      tokens.slice(i + 1, i + 4).some((next) => counted.has(next)),
  );
}

/** A quantity in words, which answers "how many" less often than digits do ("all four", "both"). */
const NUMBER_WORD =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens?)\b/i;

const MONTHS = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:19|20)\d\d\b/i;
