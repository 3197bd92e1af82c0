import { namesCountry } from './countries.ts';
import { PHRASES } from './synonyms.ts';

/** What kind of answer a question wants, read from its wording ("how many", "who", "which country"). */
export interface QuestionShape {
  /** "How many", "how much", "number of": a quantity. */
  wantsNumber: boolean;
  /** "How old": an age, which a vote count or a year alone does not give. */
  wantsAge: boolean;
  /** "Which country", "what nations": a country's name, which the question itself cannot contain. */
  wantsCountry: boolean;
  /** "Who ...": a person, or a country or group acting like one. */
  wantsWho: boolean;
  /** The question without words that name the answer's type ("which country" -> "which"). */
  searchText: string;
}

/** Weights for answers that fit the question's shape; see {@link fitWeight}. */
export interface FitWeights {
  countryBoost: number;
  whoBoost: number;
}

const ANSWER_TYPE_COUNTRY =
  /\b(which|what) (?:countries|country|nations?|member states?|governments?|delegations?)\b/i;

/**
 * Reads the shape of a question. `phrases` are everyday phrases rewritten into corpus words in
 * {@link QuestionShape.searchText}; by default {@link PHRASES}.
 */
export function readQuestion(
  question: string,
  phrases: readonly (readonly [RegExp, string])[] = PHRASES,
): QuestionShape {
  const wantsCountry = ANSWER_TYPE_COUNTRY.test(question);
  return {
    wantsNumber: /\bhow (?:many|much|long)\b|\bnumber of\b|\bwhat percentage\b/i.test(question),
    wantsAge: /\bhow old\b|\bwhat age\b|\bage of\b/i.test(question),
    wantsCountry,
    wantsWho: /^\s*who(?:m|se)?\b/i.test(question),
    // "Which country proposed X": the answer names a country; the word "country" need not appear.
    // "R130" and "D5" are written out, so their words count as known, not as unknown tokens.
    searchText: phrases
      .reduce(
        (text, [phrase, words]) => text.replace(phrase, words),
        wantsCountry ? question.replace(ANSWER_TYPE_COUNTRY, '$1') : question,
      )
      .replace(/\b[Rr](\d{1,4})\b/g, 'Resolution $1')
      .replace(/\b[Dd](\d{1,3})\b/g, 'Decision $1'),
  };
}

/** True when a text states a quantity, in digits or in words: what a "how many" question needs. */
export function statesQuantity(text: string): boolean {
  return hasCount(text) || NUMBER_WORD.test(text);
}

/** True when a text states someone's age ("aged 64", "a 64-year-old", "born in 1950"). */
export function statesAge(text: string): boolean {
  return /\baged?\s+\d{1,3}\b|\b\d{1,3}[- ]years?[- ]old\b|\bborn\b/i.test(text);
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

/** A quantity in words, which answers "how many" less often than digits do ("all four", "both"). */
const NUMBER_WORD =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens?)\b/i;
