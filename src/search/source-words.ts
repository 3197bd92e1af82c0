import type { SearchIndex } from './search-index.ts';
import { tokenize } from './text.ts';

/*
 * The words that name the sources a passage cites, so a question that names its source ("according
 * to New America") is accounted for by the citation. See docs/answering.md, verify.
 */

/** The words naming sources, by the ids a passage cites together (a passage cites one or two). */
const SOURCE_WORDS = new WeakMap<SearchIndex, Map<string, ReadonlySet<string>>>();

export function sourceWordsOf(ids: readonly string[], index: SearchIndex): ReadonlySet<string> {
  let cache = SOURCE_WORDS.get(index);
  if (!cache) {
    cache = new Map();
    SOURCE_WORDS.set(index, cache);
  }
  const key = ids.join(' ');
  let words = cache.get(key);
  if (!words) {
    const sources = index.corpus.entries.filter((e) => e.kind === 'source' && ids.includes(e.id));
    words = new Set(
      sources.flatMap((e) => tokenize([e.publisher ?? '', e.short ?? '', ...e.aliases].join(' '))),
    );
    cache.set(key, words);
  }
  return words;
}
