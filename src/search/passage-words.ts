import { LRUCache } from 'lru-cache';
import type { Entry, Passage } from '../corpus/types.ts';
import { normalize, squash } from './text.ts';

/**
 * What checking a passage against a question reads of the passage's own text (the sentence, the one
 * before it, its entry's names): its whole words, its name-like tokens and all of it squashed. These
 * depend on the passage alone, yet were computed again for every candidate of every question, a third
 * of `/ask`'s time on PP-14 (docs/performance.md); {@link PassageWordsCache} computes them once.
 */
export interface PassageWords {
  /** Normalised whole words: the name "g" (of "5G") is not in every text with a "g" in it. */
  words: ReadonlySet<string>;
  /** Squashed tokens split at spaces and punctuation ("United States" -> "unitedstates" is not one). */
  names: ReadonlySet<string>;
  /** Each text squashed, joined by spaces, for names written run together. */
  squashed: string;
}

/** Most passages whose words are kept at once: every passage of a conference corpus, a bound on a huge one. */
export const DEFAULT_PASSAGE_WORDS_MAX = 20_000;

/** The texts a passage answers with: the sentence, the one before it, and its entry's names. */
export function ownTexts(passage: Passage, entry: Entry): string[] {
  return [passage.text, passage.context, entry.id, entry.title, entry.symbol ?? '', ...entry.aliases];
}

/** Computes a passage's {@link PassageWords} (as verification always has, see src/search/verify.ts). */
export function passageWords(passage: Passage, entry: Entry): PassageWords {
  const own = ownTexts(passage, entry);
  return {
    words: new Set(own.flatMap((t) => normalize(t).split(/[^\p{L}\p{N}]+/u))),
    names: new Set(own.flatMap((t) => t.split(/[\s,;:()"“”/]+/).map(squash))),
    squashed: own.map(squash).join(' '),
  };
}

/**
 * {@link passageWords} computed once per passage and kept, bounded (least recently checked passages go
 * first): the candidates of one question are mostly the candidates of the next.
 */
export class PassageWordsCache {
  private readonly cache: LRUCache<string, PassageWords>;

  constructor({ max = DEFAULT_PASSAGE_WORDS_MAX }: { max?: number } = {}) {
    this.cache = new LRUCache({ max });
  }

  /** The words of `passage` (of `entry`), computed on first use. */
  of(passage: Passage, entry: Entry): PassageWords {
    let words = this.cache.get(passage.id);
    if (words === undefined) {
      words = passageWords(passage, entry);
      this.cache.set(passage.id, words);
    }
    return words;
  }
}
