import { normalize } from './text.ts';

/** Share of a word's uses inside sentences that must be capitalised for it to count as a name. */
const NAME_SHARE = 0.9;

/**
 * The words a corpus writes as names: capitalised in (nearly) every use that does not start a
 * sentence. Sentence-initial uses say nothing, since every sentence starts with a capital. Returned
 * normalised (lower case, accents folded), for matching what users type in any case.
 */
export function properNames(texts: readonly string[]): Set<string> {
  const upper = new Map<string, number>();
  const all = new Map<string, number>();
  for (const text of texts) {
    const words = text.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => /\p{L}/u.test(w));
    for (let i = 1; i < words.length; i++) {
      const w = words[i] as string;
      const key = normalize(w);
      all.set(key, (all.get(key) ?? 0) + 1);
      if (/^\p{Lu}/u.test(w)) upper.set(key, (upper.get(key) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [key, n] of all) if ((upper.get(key) ?? 0) >= NAME_SHARE * n && key.length > 1) out.add(key);
  return out;
}
