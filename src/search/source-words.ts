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

/** The names of sources, as written, by the ids a passage cites together. */
const SOURCE_NAMES = new WeakMap<SearchIndex, Map<string, readonly string[]>>();

/**
 * The names (publisher, short name, aliases, and the capitalised parts of each between commas and
 * brackets) of the sources a passage cites, as written: what a word the passage says only inside one of
 * them ("access" in "Access Now") is part of.
 */
export function sourceNamesOf(ids: readonly string[], index: SearchIndex): readonly string[] {
  let cache = SOURCE_NAMES.get(index);
  if (!cache) {
    cache = new Map();
    SOURCE_NAMES.set(index, cache);
  }
  const key = ids.join(' ');
  let names = cache.get(key);
  if (!names) {
    names = index.corpus.entries
      .filter((e) => e.kind === 'source' && ids.includes(e.id))
      .flatMap((e) => [e.publisher ?? '', e.short ?? '', ...e.aliases])
      // "Access Now, on the Mapping the Internet observatory": a passage names it by its first part.
      .flatMap((n) => [n, ...n.split(/\s*[,()]\s*/).filter((part) => /^\p{Lu}/u.test(part))])
      .filter((n, i, all) => n !== '' && all.indexOf(n) === i);
    cache.set(key, names);
  }
  return names;
}
