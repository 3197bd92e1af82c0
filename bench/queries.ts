/**
 * The benchmark's workload: a seeded mix of what users send, drawn from any loaded corpus: lookups by
 * number or slug, questions built from corpus sentences (some with typos), searches, and autocomplete
 * of partly typed names.
 */
import type { Corpus } from '../src/corpus/types.ts';
import { seededRandom } from './gen-corpus.ts';

/** One benchmark request: a command line, or an autocomplete of a command's argument. */
export type BenchQuery =
  | { kind: 'lookup' | 'ask' | 'search'; line: string }
  | { kind: 'complete'; command: string; partial: string };

/** Share of each kind in the mix, in this order; they add up to 1. */
export const QUERY_MIX = { lookup: 0.25, ask: 0.35, search: 0.2, complete: 0.2 } as const;

const FILLER = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'to',
  'in',
  'on',
  'for',
  'it',
  'its',
  'was',
  'is',
  'by',
]);

/** A one-letter slip, as people make them: a swap, a drop or a doubled letter. */
function typo(word: string, random: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  const roll = random();
  if (roll < 0.4) return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
  if (roll < 0.7) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + (word[i] ?? '') + word.slice(i);
}

/** `count` requests over `corpus`, the same for the same seed. */
export function benchQueries(corpus: Corpus, count: number, seed: number): BenchQuery[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const texts = corpus.entries.filter((e) => e.kind === 'resolution' || e.kind === 'decision');
  const outcomes = corpus.entries.filter((e) => e.kind === 'outcome');
  const named = corpus.entries.filter((e) => e.kind !== 'source');
  const passages = corpus.passages.filter((p) => !p.isField);
  const contentWords = (text: string) =>
    text
      .replace(/\[[^\]]*\]/g, '')
      .split(/[^\p{L}\p{N}-]+/u)
      .filter((w) => w.length > 2 && !FILLER.has(w.toLowerCase()));
  const out: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < QUERY_MIX.lookup) {
      const useOutcome = outcomes.length > 0 && (texts.length === 0 || random() < 0.3);
      if (useOutcome) out.push({ kind: 'lookup', line: `/outcome ${pick(outcomes).id}` });
      else if (texts.length > 0) {
        const e = pick(texts);
        out.push({
          kind: 'lookup',
          line: `/resolution ${e.kind === 'decision' ? 'decision ' : ''}${e.number}`,
        });
      } else out.push({ kind: 'lookup', line: '/facts' });
    } else if (roll < QUERY_MIX.lookup + QUERY_MIX.ask) {
      const words = contentWords(pick(passages).text);
      const start = Math.floor(random() * Math.max(1, words.length - 4));
      const chosen = words.slice(start, start + 2 + Math.floor(random() * 3));
      // Half the questions carry a slip in one word.
      if (random() < 0.5 && chosen.length > 0) {
        const at = Math.floor(random() * chosen.length);
        chosen[at] = typo(chosen[at] as string, random);
      }
      out.push({
        kind: 'ask',
        line: `/ask ${pick(['what about', 'what did', 'who', 'when was'])} ${chosen.join(' ')}?`,
      });
    } else if (roll < QUERY_MIX.lookup + QUERY_MIX.ask + QUERY_MIX.search) {
      const words = contentWords(pick(named).title);
      out.push({
        kind: 'search',
        line: `/search ${words.slice(0, 1 + Math.floor(random() * 2)).join(' ') || 'report'}`,
      });
    } else {
      const e = pick(named);
      const useNumber = e.number !== undefined && random() < 0.4;
      const name = useNumber ? String(e.number) : e.title;
      const partial = name.slice(0, 1 + Math.floor(random() * Math.min(name.length, 12)));
      const command = e.kind === 'outcome' ? 'outcome' : 'resolution';
      out.push({ kind: 'complete', command, partial });
    }
  }
  return out;
}
