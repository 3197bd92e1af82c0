import { createRequire } from 'node:module';
import type Model from 'wink-eng-lite-web-model';
import type WinkNLP from 'wink-nlp';
import type { ItemEntity, ItemToken, PartOfSpeech } from 'wink-nlp';

/*
 * General English, from a library: tokens, lemmas, parts of speech, stop words, entities, negation and
 * sentiment from wink-nlp with its English model. Nothing here
 * knows a conference: conference words live in the corpus (`vocabulary.yml`, aliases, `questions:`).
 * See docs/answering.md.
 */

/** One token of a line, as the English model reads it. */
export interface NlpToken {
  /** As typed. */
  text: string;
  /** Lower-case base form ("lost" -> "lose", "negotiations" -> "negotiation"). */
  lemma: string;
  pos: PartOfSpeech;
  /** Letters and digits only: no punctuation, symbol or emoji. */
  isWord: boolean;
  /** A word that names no topic ("the", "which", "pls", "yeah"): the model's stop words and interjections. */
  light: boolean;
  /** The model marks it as negating ("not", "n't", "never"). */
  negation: boolean;
  /** Set when the model reads it as part of a number, date, money or ordinal. */
  entity?: string;
}

/** A line read by {@link Nlp}. */
export interface NlpLine {
  tokens: NlpToken[];
  /** The model's sentiment, -1..1: thanks and praise read positive. */
  sentiment: number;
}

/** Reads English lines. One per process is enough; it is built with the search index. */
export interface Nlp {
  read(text: string): NlpLine;
}

/**
 * Builds the English reader (about 100 ms: the model loads once). The library and its model load here,
 * not when this file is imported, so a command that never reads a line in English (`/resolution 174`)
 * does not pay for them.
 */
export function createNlp(): Nlp {
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as typeof WinkNLP;
  const model = require('wink-eng-lite-web-model') as typeof Model;
  const nlp = winkNLP(model);
  const its = nlp.its;
  return {
    read(text) {
      const doc = nlp.readDoc(spacedJoinedWords(text));
      const entityOf = new Map<number, string>();
      doc.entities().each((e: ItemEntity) => {
        const [first, last] = e.out(its.span) as unknown as [number, number];
        const type = e.out(its.type) as string;
        for (let i = first; i <= last; i++) entityOf.set(i, type);
      });
      const tokens: NlpToken[] = [];
      doc.tokens().each((t: ItemToken, i: number) => {
        const textOf = t.out() as string;
        const pos = t.out(its.pos) as PartOfSpeech;
        const lemma = String(t.out(its.lemma as Parameters<typeof t.out>[0])).toLowerCase();
        const isWord = /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u.test(textOf);
        const entity = entityOf.get(i);
        tokens.push({
          text: textOf,
          lemma,
          pos,
          isWord,
          light: pos === 'INTJ' || (t.out(its.stopWordFlag) as boolean),
          negation: t.out(its.negationFlag) as boolean,
          ...(entity !== undefined ? { entity } : {}),
        });
      });
      // "Who got made honorary citizens", "it got adopted": "get" before a participle is the passive's
      // auxiliary, as "were" is, and no action of its own ("got" as in "won").
      tokens.forEach((t, i) => {
        const next = tokens[i + 1];
        if (
          t.lemma === 'get' &&
          next?.pos === 'VERB' &&
          next.lemma !== next.text.toLowerCase() &&
          !/ing$/i.test(next.text)
        )
          t.light = true;
      });
      return { tokens, sentiment: doc.out(its.sentiment) as unknown as number };
    },
  };
}

/**
 * `text` with punctuation around a word joined by an apostrophe or a hyphen ("ITU's,", "(Ebola-Info-Sharing")
 * set off by a space. The model adds a word it does not know to its lexicon when it reads one with
 * punctuation at its edge, and from then on reads it as one token: "ITU's" was "ITU" and "'s" until a line
 * with "ITU's," came, and one token after, so answers changed with the lines read before. So spaced, a
 * word is read the same way whatever came before it.
 */
export function spacedJoinedWords(text: string): string {
  return text.replace(JOINED_WORD_AT_PUNCTUATION, (_m, left: string, word: string, right: string) =>
    [left, word, right].filter((part) => part !== '').join(' '),
  );
}

/** A word joined by an apostrophe or a hyphen, with the punctuation at its edges. */
const JOINED_WORD_AT_PUNCTUATION =
  /(?<=^|\s)([([{"“‘']*)([\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)+)([,.;:!?)\]}"”’']*)(?=\s|$)/gu;

/**
 * Tokens written back as text, a clitic joined to the word before ("weren't", "ITU's"): read again, "were
 * n't" would lose the negation the model finds in "weren't".
 */
export function spoken(tokens: readonly NlpToken[]): string {
  return tokens.reduce(
    (text, t) =>
      text === '' ? t.text : /^(?:n't|'\w+|’\w+)$/i.test(t.text) ? `${text}${t.text}` : `${text} ${t.text}`,
    '',
  );
}
