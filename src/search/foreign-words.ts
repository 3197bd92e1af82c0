import { createRequire } from 'node:module';
import { isEnglishWord } from './dictionary.ts';
import { STOP_WORDS } from './stop-words.ts';
import { normalize } from './text.ts';

/*
 * Part of stage 1 of /ask, "understand": a delegation's chat mixes in a few words of French, Spanish or
 * Portuguese ("Bonjour, on which date did la conférence open?", "combien de delegates at busan?", "…,
 * n'est-ce pas?"). Their question words, tags, greetings and thanks are read as the English ones; their
 * function words ("la", "de", "los") are dropped from a line that shows it mixes languages, so they are
 * not taken for topics the corpus lacks. Content words are left as typed: the corpus is in English, and
 * accents are folded when a question is read ("conférence" is "conference"). See docs/answering.md.
 */

const require = createRequire(import.meta.url);

/** French, Spanish and Portuguese function words, as the stopword library lists them. */
const LIBRARY = require('stopword') as Record<'fra' | 'spa' | 'por', string[]>;

/**
 * Those function words that are no English stop words: dropped only from a line that mixes languages,
 * since some are English words too ("son", "par", "la").
 */
const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [...LIBRARY.fra, ...LIBRARY.spa, ...LIBRARY.por].filter((w) => !STOP_WORDS.has(w)),
);

/** Question words, tags, greetings and thanks of French, Spanish and Portuguese, as English says them. */
const IN_ENGLISH: readonly [RegExp, string][] = [
  [/\bcombien(?:\s+(?:de|d['’])\s*)?/giu, 'how many '],
  [/(?<![\p{L}])(?:cu[aá]nt[oa]s|quant[oa]s)(?![\p{L}])/giu, 'how many'],
  [/(?<![\p{L}])(?:pourquoi|por\s+qu[eé]|por\s+que)(?![\p{L}])/giu, 'why'],
  [/(?<![\p{L}])(?:quand|cu[aá]ndo|quando)(?![\p{L}])/giu, 'when'],
  [/(?<![\p{L}])(?:o[uù]|d[oó]nde|onde)(?=\s+(?:a|est|es|fue|foi|se|était|etait)\b)/giu, 'where'],
  [/(?<![\p{L}])(?:qui(?=\s+(?:a|est|était|etait)\b)|qui[eé]n|quem)(?![\p{L}])/giu, 'who'],
  [/,?\s*(?:n['’]?est[\s-]+ce[\s-]+pas|¿?\s*verdad|n[aã]o\s+[eé])\s*\?*\s*$/iu, ', right?'],
  [
    /^\s*(?:bonjour|bonsoir|salut|hola|buenos\s+d[ií]as|buenas(?:\s+tardes)?|ol[aá]|bom\s+dia|boa\s+tarde)\b[\s,!.]*/iu,
    '',
  ],
  [/(?<![\p{L}])(?:merci|gracias|obrigad[oa])(?:\s+(?:beaucoup|bien|mucho|muchas))*(?![\p{L}])/giu, 'thanks'],
];

/** Letters English does not write, which a folded word of its own ("conférence") still shows. */
const ACCENTED = /[àâçéèêëîïôûùüÿñãõáíóú]/iu;

/**
 * The line with the other languages' question words, tags, greetings and thanks in English, and, when
 * the line mixes languages, without their function words.
 */
export function inEnglish(line: string): string {
  let out = line;
  let mixed = false;
  for (const [pattern, english] of IN_ENGLISH) {
    const next = out.replace(pattern, english);
    if (next !== out) mixed = true;
    out = next;
  }
  // "la conférence": an English word spelt another language's way marks the line as mixed too.
  mixed ||=
    ACCENTED.test(out) && out.split(NON_LETTERS).some((w) => ACCENTED.test(w) && isEnglishWord(normalize(w)));
  if (!mixed) return out;
  return out.replace(WORD, (word: string) => {
    const lower = word.toLowerCase();
    // "la conférence": an article is English's; an English word spelt with accents is the English one.
    if (DEFINITE.has(lower)) return 'the';
    if (INDEFINITE.has(lower)) return 'a';
    if (FOREIGN_FUNCTION_WORDS.has(lower)) return ' ';
    const folded = normalize(word);
    return folded !== lower && isEnglishWord(folded) ? folded : word;
  });
}

// Module constants, not literals in the function (see text.ts: tsx builds a literal with a \p{…} escape
// anew on every call).
const NON_LETTERS = /[^\p{L}]+/u;
const WORD = /(?<![\p{L}'’-])([\p{L}]+)(?![\p{L}'’-])/gu;

/** The definite articles of French, Spanish and Portuguese. */
const DEFINITE: ReadonlySet<string> = new Set(['la', 'le', 'les', 'el', 'los', 'las', 'o', 'os']);

/** Their indefinite articles. */
const INDEFINITE: ReadonlySet<string> = new Set(['un', 'une', 'una', 'uno', 'um', 'uma']);
