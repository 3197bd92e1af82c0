import { splitSentences } from './sentences.ts';
import type { Sentence } from './types.ts';

/** Matches a citation marker: `[@id]` or `[@a; @b]`. */
const MARKER = /\[@([^\]]*)\]/g;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Marks a statement as inferred or unverified. */
const UNCERTAIN = /\s*\[\?\]/g;
/** Marks a statement that only its one cited source reports: `Text. [only] [@source]`. */
const ONLY = /\s*\[only\]/g;

/** Words that make a sentence read as uncertain, as a `[?]` statement must. */
export const HEDGE =
  /\b(?:reportedly|unverified|not (?:been )?verified|unconfirmed|not (?:been )?confirmed|probably|likely|may|might|appears?|apparently|(?:is|are|was|were) said to|possibly|perhaps|seems?|suggests?|unknown|not known|uncertain|not seen|not found|inferred|presumably|unclear)\b/i;

/** The outcome of reading the citation markers of a piece of prose. */
export interface CitedText {
  sentences: Sentence[];
  /** Markers that are not `[@id; @id]` with valid ids, as written. */
  malformed: string[];
  /** `[?]` sentences that read as settled fact (no hedge word). */
  unhedged: string[];
  /** `[only]` sentences that do not cite exactly one source, with the sources they cite. */
  onlyMisused: { text: string; citations: string[] }[];
}

/**
 * Splits prose into sentences and attaches citation markers to them. A marker cites the sentence it ends
 * and the uncited sentences before it in the same text, so a paragraph ending in one marker is cited
 * whole, and a later marker never reaches back over an earlier one.
 */
export function readCitedText(raw: string): CitedText {
  const malformed: string[] = [];
  const unhedged: string[] = [];
  const pieces = splitSentences(raw);
  const sentences: Sentence[] = [];
  let pending: Sentence[] = [];
  for (const piece of pieces) {
    const citations: string[] = [];
    // Every marker starts with "[": most sentences of a paragraph have none (one marker cites them all).
    const marked = piece.includes('[');
    const uncertain = marked && piece.includes('[?]');
    const singleSource = marked && piece.includes('[only]');
    const text = tidy(
      marked
        ? piece
            .replace(UNCERTAIN, '')
            .replace(ONLY, '')
            .replace(MARKER, (whole, inner: string) => {
              const ids = inner.split(';').map((part) => part.trim().replace(/^@/, ''));
              if (ids.length === 0 || ids.some((id) => !ID.test(id))) malformed.push(whole);
              else citations.push(...ids);
              return '';
            })
        : piece,
    );
    if (text === '' && (citations.length > 0 || uncertain || singleSource) && sentences.length > 0) {
      // A marker split off as its own "sentence" (after the full stop) belongs to what came before.
      for (const s of pending.length > 0 ? pending : [sentences[sentences.length - 1] as Sentence]) {
        s.citations.push(...citations);
        if (uncertain) s.uncertain = true;
        if (singleSource) s.singleSource = true;
      }
      pending = [];
      continue;
    }
    if (text === '') continue;
    const sentence: Sentence = {
      text,
      citations,
      ...(uncertain ? { uncertain } : {}),
      ...(singleSource ? { singleSource } : {}),
    };
    if (uncertain && !HEDGE.test(text)) unhedged.push(text);
    sentences.push(sentence);
    if (citations.length === 0) pending.push(sentence);
    else {
      for (const s of pending) s.citations.push(...citations);
      pending = [];
    }
  }
  for (const s of sentences) s.citations = [...new Set(s.citations)];
  const onlyMisused = sentences
    .filter((s) => s.singleSource && s.citations.length !== 1)
    .map((s) => ({ text: s.text, citations: s.citations }));
  return { sentences, malformed, unhedged, onlyMisused };
}

/** Removes inline Markdown that chat platforms would show literally, and extra spaces. */
export function tidy(text: string): string {
  // Each pass runs only when what it matches can be there: a link needs "[", emphasis "**" or "__",
  // code "`". Most sentences have none of them, and a build tidies every sentence of the corpus.
  let out = text;
  if (out.includes('[')) out = out.replace(/\[([^\]]+)\]\((?:[^)]+)\)/g, '$1');
  if (out.includes('**') || out.includes('__')) out = out.replace(/(\*\*|__)(.+?)\1/g, '$2');
  if (out.includes('`')) out = out.replace(/`([^`]+)`/g, '$1');
  return out
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
