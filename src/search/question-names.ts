import type { NlpToken } from './nlp.ts';
import { isHonorific, STOP_WORDS } from './stop-words.ts';
import { squash } from './text.ts';
import type { CorpusWords } from './understand.ts';

/*
 * Part of stage 1 of /ask, "understand": which words of a question are names the answer must account
 * for, and which number words number something. See docs/answering.md.
 */

/**
 * A name: a word in capitals past the clause's first word ("Busan", "Zhao"), an acronym ("UAE"), or a
 * word mixing letters and digits ("PP-18", "WRC-15", "IPv6"). Question and stop words are not names,
 * whatever their case.
 */
export function isName(t: NlpToken, clause: readonly NlpToken[], corpus: CorpusWords): boolean {
  if (!t.isWord || t.pos === 'INTJ' || !TWO_LETTERS_OR_DIGIT.test(t.text)) return false;
  // "US" in capitals is a name where the corpus writes it so; "UP" in "moved UP" is emphasis. After
  // "the", "us" is no pronoun: "why did the us think …" asks about the United States.
  if (t.light) {
    const afterThe = clause[clause.indexOf(t) - 1]?.text.toLowerCase() === 'the';
    return (ALL_CAPITALS.test(t.text) || afterThe) && corpus.isName(t.text);
  }
  // "Mr. Zhao": the honorific is the name's title; the name follows it.
  if (isHonorific(t.text)) return false;
  // "the british guy": a nationality names a country, whatever its case.
  if (corpus.isNationality?.(t.text)) return true;
  // A short word the corpus capitalises ("Dr", "Mr") names nothing by itself.
  if (t.text.length >= 3 && corpus.isName(t.text)) return true;
  // "PP-18", "5G": letters with a digit name something, unless chat spells a word so ("some1").
  if (LETTER.test(t.text) && /\d/.test(t.text)) return !STOP_WORDS.has(t.text.toLowerCase());
  if (ACRONYM.test(t.text)) return true;
  if (t.pos !== 'PROPN' && t.pos !== 'NOUN') return false;
  if (CAPITAL_FIRST.test(t.text) && clause.indexOf(t) > 0) return true;
  // "liberia tabled it?", "Liberia tabled it?": a country, which the corpus may never write, however
  // typed and wherever in the clause.
  return LETTERS_ONLY.test(t.text) && corpus.countriesIn(t.text).size > 0;
}

// Module constants, not literals in isName: tsx (esbuild) turns a literal with a \p{…} escape into a
// `new RegExp(…)` evaluated on every call, five per token here.
const TWO_LETTERS_OR_DIGIT = /\p{L}\p{L}|\d/u;
const LETTERS_ONLY = /^\p{L}{3,}$/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const LETTER = /\p{L}/u;
const ACRONYM = /^\p{Lu}{2,}s?$/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * True when the word at `i` is a compass point that is part of the country after it: "South Korean",
 * "South Korea" name one country, which the corpus may write as "Republic of Korea".
 */
export function compassOf(words: readonly NlpToken[], i: number, corpus: CorpusWords): boolean {
  const next = words[i + 1];
  if (!next || !/^(?:north|south|east|west|northern|southern|eastern|western)$/i.test(words[i]?.text ?? ''))
    return false;
  // "Korean" is the people of "Korea": the country is the nationality without its ending.
  const forms = [
    next.text,
    ...['n', 'an', 'ian', 'ese', 'ish'].map((end) => next.text.replace(new RegExp(`${end}$`, 'i'), '')),
  ];
  return forms.some((c) => corpus.countriesIn(`${words[i]?.text} ${c}`).size > 0);
}

/**
 * True when the words before `i` are a noun phrase opened by a determiner: "the flight tracking one"
 * (a pronoun), not "round one".
 */
function afterDeterminedPhrase(words: readonly NlpToken[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /^(?:NOUN|ADJ|PROPN)$/.test(words[j]?.pos ?? '')) j--;
  return j < i - 1 && words[j]?.pos === 'DET';
}

/**
 * A singular common noun of the corpus's that a number word after it numbers ("round one", "category
 * seven"); chat before it ("sry one more, …") numbers nothing.
 */
function numbersNoun(t: NlpToken | undefined, corpus: CorpusWords): boolean {
  return t !== undefined && t.pos === 'NOUN' && !/s$/i.test(t.text) && corpus.knows(t.text);
}

/**
 * True when a number word the model reads as light numbers the singular noun before it ("round one"),
 * not after a determined phrase ("the cyber one") and not picking from a group ("busan one of the
 * speakers").
 */
export function numbersWord(words: readonly NlpToken[], i: number, corpus: CorpusWords): boolean {
  return (
    numbersNoun(words[i - 1], corpus) &&
    !afterDeterminedPhrase(words, i) &&
    words[i + 1]?.text.toLowerCase() !== 'of'
  );
}

/** True when a clause is nothing but choices: "votes or consensus", "a vote or the chair's ruling". */
export function onlyChoices(text: string): boolean {
  return ONLY_CHOICES.test(text);
}

const ONLY_CHOICES =
  /^(?:(?:a|an|the)\s+)?(?:[\p{L}\p{N}-]+(?:\s+or\s+(?:(?:a|an|the)\s+)?[\p{L}\p{N}-]+)+|\d+(?:st|nd|rd|th)(?:\s*,\s*\d+(?:st|nd|rd|th))+)$/iu;

/** Names or numbers offered as choices ("pusan or busan or seoul", "the 18th, 19th or 20th"), squashed, by group. */
export function choicesIn(text: string): string[][] {
  // "2 weeks or 3": the choice is between the numbers, the thing they count said once.
  const counts = [...text.matchAll(COUNT_CHOICE)].map((m) => [m[1] as string, m[3] as string]);
  const rest = text.replace(COUNT_CHOICE, ' ');
  return [...counts, ...[...rest.matchAll(ALTERNATIVES)].map((m) => m[0].split(CHOICE_BREAK).map(squash))];
}

/** Counts offered as choices, the counted thing said after the first only: "2 weeks or 3". */
const COUNT_CHOICE = /\b(\d+)\s+(\p{L}+)\s+or\s+(\d+)\b(?!\s*\p{L})/gu;

/** The thing counted by numbers offered as choices ("weeks" of "2 weeks or 3"), if the text offers some. */
export function countedInChoice(text: string): string | undefined {
  return text.matchAll(COUNT_CHOICE).next().value?.[2];
}

/** Choices: "busan or seoul", "bexco or some hotel", "the 18th, 19th or 20th" (commas only between figures). */
const ALTERNATIVES =
  /(?:\d[\p{L}\p{N}-]*\s*,\s*)*[\p{L}\p{N}-]+(?:\s+or\s+(?:(?:some|a|an|the|another)\s+)?[\p{L}\p{N}-]+)+|\b\d+(?:st|nd|rd|th)(?:\s*,\s*\d+(?:st|nd|rd|th))+\b/giu;
/** Where choices part: a comma between figures, or "or" with the article of the choice after it. */
const CHOICE_BREAK = /\s*,\s*|\s+or\s+(?:(?:some|a|an|the|another)\s+)?/i;
