import type { SearchIndex } from './search-index.ts';
import { tokenize } from './text.ts';

/*
 * The names of the sources a passage cites, as written and as words, so a question that names its source
 * ("according to New America") is accounted for by the citation, and a word the passage says only inside
 * one of them ("access" in "Access Now") is not. See docs/answering.md, verify.
 */

/** How a passage's cited sources are named: their names as written, and the words of those names. */
interface CitedNames {
  names: readonly string[];
  words: ReadonlySet<string>;
}

/**
 * By the ids a passage cites together (a passage cites one or two), once per index; and by the list of
 * ids itself (a passage's own `citations`, asked for each candidate of each question), so that a lookup
 * joins and hashes no key (1.4% of `/ask`'s CPU).
 */
const CITED = new WeakMap<
  SearchIndex,
  { byKey: Map<string, CitedNames>; byList: WeakMap<readonly string[], CitedNames> }
>();

function citedNamesOf(ids: readonly string[], index: SearchIndex): CitedNames {
  let cache = CITED.get(index);
  if (!cache) {
    cache = { byKey: new Map(), byList: new WeakMap() };
    CITED.set(index, cache);
  }
  const listed = cache.byList.get(ids);
  if (listed !== undefined) return listed;
  const key = ids.join(' ');
  let cited = cache.byKey.get(key);
  if (!cited) {
    const written = index.corpus.entries
      .filter((e) => e.kind === 'source' && ids.includes(e.id))
      .flatMap((e) => [e.publisher ?? '', e.short ?? '', ...e.aliases]);
    cited = {
      // "Access Now, on the Mapping the Internet observatory": a passage names it by its first part.
      names: written
        .flatMap((n) => [n, ...n.split(/\s*[,()]\s*/).filter((part) => /^\p{Lu}/u.test(part))])
        .filter((n, i, all) => n !== '' && all.indexOf(n) === i),
      words: new Set(tokenize(written.join(' '))),
    };
    cache.byKey.set(key, cited);
  }
  cache.byList.set(ids, cited);
  return cited;
}

/** The words (lower-case) naming the sources a passage cites: publishers, short names, aliases. */
export function sourceWordsOf(ids: readonly string[], index: SearchIndex): ReadonlySet<string> {
  return citedNamesOf(ids, index).words;
}

/**
 * The names (publisher, short name, aliases, and the capitalised parts of each between commas and
 * brackets) of the sources a passage cites, as written.
 */
export function sourceNamesOf(ids: readonly string[], index: SearchIndex): readonly string[] {
  return citedNamesOf(ids, index).names;
}

/**
 * Verbs a source tells by, after its name: "OTI says", "the ITU history page records", "korea.net counts".
 * General English.
 */
export const TELLING_VERB =
  /^(?:say|says|said|report|reports|reported|record|records|recorded|count|counts|counted|list|lists|listed)$/;
