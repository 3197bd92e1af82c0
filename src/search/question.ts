import { type CountryNames, LIBRARY_COUNTRIES } from './countries.ts';
import { isEnglishWord } from './dictionary.ts';

/** What kind of answer a question wants, read from its wording ("how many", "who", "which country"). */
export interface QuestionShape {
  /** "How many", "how much", "number of": a quantity. */
  wantsNumber: boolean;
  /** "How old": an age, which a vote count or a year alone does not give. */
  wantsAge: boolean;
  /** "How much does X earn / cost": an amount of money, which a vote count does not give. */
  wantsMoney: boolean;
  /** "Which country", "what nations": a country's name, which the question itself cannot contain. */
  wantsCountry: boolean;
  /** In "what is the X of Y", the word X: what is asked for, which the answer must be about. */
  attribute: string | undefined;
  /** Countries the question itself names, which cannot be the country it asks for. */
  countriesNamed: ReadonlySet<string>;
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

const WHERE_FROM = /^\s*where(?:'s|\s+(?:is|was|are|were|does|did|do))?\b.*\bfrom\b/i;

const ANSWER_TYPE_COUNTRY =
  /\b(which|what) (?:countries|country|nations?|member states?|governments?|delegations?)\b/i;

/**
 * Reads the shape of a question. `phrases` are everyday phrases rewritten into corpus words in
 * {@link QuestionShape.searchText}: the corpus's own, from its `vocabulary.yml`.
 */
export function readQuestion(
  question: string,
  phrases: readonly (readonly [RegExp, string])[] = [],
  countries: CountryNames = LIBRARY_COUNTRIES,
): QuestionShape {
  // "Where is X from" asks for a country as much as "which country" does.
  const wantsCountry = ANSWER_TYPE_COUNTRY.test(question) || WHERE_FROM.test(question);
  return {
    // "The number of delegates" is a count; "the number of the broadband resolution" and "the document
    // number of India's proposal" are its number.
    wantsNumber:
      /\bhow (?:many|much|long)\b|(?:^\s*|\b(?:the|a|total|overall|exact|rough|approximate|whats|what's)\s+)number of\b(?!\s+(?:that|this|the|its|a|an)\b)|\bwhat percentage\b/iu.test(
        question,
      ),
    wantsAge: /\bhow old\b|\bwhat age\b|\bage of\b/i.test(question),
    wantsMoney: ASKS_MONEY.test(question),
    wantsCountry,
    attribute: attributeOf(question),
    countriesNamed: countries.countriesIn(question),
    wantsWho: /^\s*who(?:m|se)?\b/i.test(question),
    // "Which country proposed X": the answer names a country; the word "country" need not appear.
    // "R130" and "D5" are written out, so their words count as known, not as unknown tokens.
    searchText: withPhrases(wantsCountry ? question.replace(ANSWER_TYPE_COUNTRY, '$1') : question, phrases)
      .replace(/\b[Rr](\d{1,4})\b/g, 'Resolution $1')
      .replace(/\b[Dd](\d{1,3})\b/g, 'Decision $1'),
  };
}

/** `text` with each of `phrases` rewritten into its words, in turn. */
function withPhrases(text: string, phrases: readonly (readonly [RegExp, string])[]): string {
  // Few lines hold any of the phrases (112 of PP-14's 3,670 bench lines): where the joined pattern finds
  // none in the text, every replacement would leave it as it is.
  const any = anyPhraseOf(phrases);
  if (any !== null && !any.test(text)) return text;
  return phrases.reduce((out, [phrase, words]) => out.replace(phrase, words), text);
}

/**
 * A pattern that matches a text where one of `phrases` does, made once per list; null where the list
 * cannot be joined exactly: patterns of different flags, or with group references (numbered or named
 * groups would change meaning or clash when joined).
 */
function anyPhraseOf(phrases: readonly (readonly [RegExp, string])[]): RegExp | null {
  let any = ANY_PHRASE.get(phrases);
  if (any === undefined) {
    const flags = phrases[0]?.[0].flags;
    any =
      flags === undefined ||
      phrases.some(([p]) => p.flags !== flags || /\\[1-9k]|\(\?<(?![=!])/.test(p.source))
        ? null
        : new RegExp(
            phrases.map(([p]) => `(?:${forwardOf(p.source)})`).join('|'),
            flags.replace(/[gy]/g, ''),
          );
    ANY_PHRASE.set(phrases, any);
  }
  return any;
}

const ANY_PHRASE = new WeakMap<readonly (readonly [RegExp, string])[], RegExp | null>();

/**
 * A pattern that opens with a lookbehind, `(?<=A)B`, as `(?:A)B`: the same texts hold a match of either
 * (A ending where B starts), but the lookbehind is tried backwards from every position of the text, and
 * the corpus's two (`(?<=\bwhy\b[^?]*?)…`) were 12 of the joined test's 14 µs a line; read forwards,
 * from their first word only. Other patterns are returned as they are. Only for testing whether a text
 * holds a match: the match itself starts elsewhere.
 */
function forwardOf(source: string): string {
  if (!source.startsWith('(?<=')) return source;
  let depth = 1;
  for (let i = 4; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      // A class ends at its first unescaped "]" (in JavaScript "[]" is an empty class).
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return `(?:${source.slice(4, i)})${source.slice(i + 1)}`;
  }
  return source;
}

/** "What is the X of Y", "who was the X for Y": X is what is asked for. */
const ATTRIBUTE =
  /^\s*(?:what|who|which)(?:'s|\s+(?:is|was|are|were))\s+(?:the\s+|an?\s+)?([\p{L}-]+)\s+(?:of|for|in|at)\s+\S/iu;

/** Attributes that any answer names without saying the word ("the name of the venue": BEXCO). */
const GENERIC_ATTRIBUTE =
  /^(?:names?|title|number|kind|type|sort|part|point|role|purpose|aim|goal|meaning|result|outcome|status|size|total|list|date|day|year|time|place|location|reason|cause|effect|impact|gist|summary|focus)$/;

/**
 * The X of "what is the X of Y" ("the capital of Burkina Faso"), lower-case; undefined when the question
 * has no such shape or X is a word any answer leaves unsaid ("the name of the venue").
 */
function attributeOf(question: string): string | undefined {
  const x = ATTRIBUTE.exec(question)?.[1]?.toLowerCase();
  return x === undefined || GENERIC_ATTRIBUTE.test(x) ? undefined : x;
}

/** True when a text states a quantity, in digits or in words: what a "how many" question needs. */
export function statesQuantity(text: string): boolean {
  return hasCount(text) || NUMBER_WORD.test(text);
}

/**
 * True when a text names someone who could answer "who": one of the corpus's people (`namesPerson`), a
 * country or group, a name of capitalised words ("Open Technology Institute", "Chaesub Lee"), or an
 * acronym ("ISOC", "CITEL"). The first word is skipped, since every sentence starts with a capital.
 */
export function namesSomeone(
  text: string,
  namesPerson: (text: string) => boolean,
  countries: CountryNames = LIBRARY_COUNTRIES,
): boolean {
  return namesPerson(text) || countries.namesCountry(text) || namesByCapitals(text);
}

/**
 * True when a text names someone in capitals: a name of two or more capitalised words past the first
 * word ("Mr Wegner", "Internet Democracy Project"), or an acronym that is not a meeting's short name
 * ("ISOC", but not "PP-14" or "WRC-15": a meeting is not a "who").
 */
export function namesByCapitals(text: string): boolean {
  // Ranking asks it of the same candidate sentences question after question: remembered per text.
  let found = CAPITALISED.get(text);
  if (found === undefined) {
    found =
      /\b[A-Z][\p{L}'’-]+(?:\s+(?:of|for|and|the)?\s*[A-Z][\p{L}'’-]+)+/u.test(withoutOpeningWord(text)) ||
      /\b[A-Z]{2,}[a-z]?\b(?!-\d)/.test(text);
    if (CAPITALISED.size >= MAX_CAPITALISED) CAPITALISED.clear();
    CAPITALISED.set(text, found);
  }
  return found;
}

/**
 * The text without its first word when that is capitalised only for opening the sentence ("The", "On"):
 * a word no dictionary has ("Choi Yang-hee, …") opens a name, and stays.
 */
function withoutOpeningWord(text: string): string {
  return text.replace(/^(\S+)\s/, (opening, word: string) => (isEnglishWord(word) ? '' : opening));
}

/** Texts {@link namesByCapitals} remembers, at most this many (then it starts again). */
const CAPITALISED = new Map<string, boolean>();
const MAX_CAPITALISED = 20_000;

/** True when a text states someone's age ("aged 64", "a 64-year-old", "born in 1950"). */
export function statesAge(text: string): boolean {
  return /\baged?\s+\d{1,3}\b|\b\d{1,3}[- ]years?[- ]old\b|\bborn\b/i.test(text);
}

/** True when a text states an amount of money ("CHF 318,000", "USD 5 million", "160 million francs"). */
export function statesMoney(text: string): boolean {
  return MONEY.test(text);
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
  countries: CountryNames = LIBRARY_COUNTRIES,
): number {
  let weight = 1;
  if (shape.wantsCountry && countries.namesCountry(text, shape.countriesNamed)) weight *= w.countryBoost;
  if (shape.wantsWho && (namesPerson(text) || countries.namesCountry(text))) weight *= w.whoBoost;
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
    .replace(NAME_DASH_NUMBER, ' ')
    .replace(
      /\b(?:resolutions?|res\.?|decisions?|dec\.?|documents?|doc\.?|no\.?|article|art\.?|opinion|group|sg|committee|wtsa|wtdc|wrc)[\s-]*\d+/gi,
      ' ',
    );
}

// A module constant, not a literal in withoutNames: tsx (esbuild) turns a literal with a \p{…} escape outside
// brackets into a `new RegExp(…)` evaluated on every call.
const NAME_DASH_NUMBER = /\b\p{L}+-\d+\b/gu;

/** A quantity in words, which answers "how many" less often than digits do ("all four", "both"). */
const NUMBER_WORD =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens?)\b/i;

/** "How much" about money: earnings, costs, budgets, prices. */
const ASKS_MONEY =
  /\bhow much\b.*\b(?:earns?|earned|paid|pay|pays|salary|salaries|costs?|budget|price|worth|money|funds?|funding|contribut\w*|charge[sd]?)\b|\b(?:salary|salaries|wage|wages|income)\b/i;

const CURRENCY = '(?:CHF|USD|US\\$|EUR|GBP|KRW|\\$|€|£|₩|Swiss francs?|francs?|dollars?|euros?|pounds?)';
const MONEY = new RegExp(
  `${CURRENCY}\\s?\\d|\\d[\\d,.]*\\s?(?:thousand|million|billion|bn|m)?\\s?${CURRENCY}`,
  'i',
);
