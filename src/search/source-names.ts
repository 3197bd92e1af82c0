import type { Corpus } from '../corpus/types.ts';
import { tokenize } from './text.ts';

/*
 * The names of the corpus's sources ("OTI final dispatch", "first dispatch"), which the entry-name table
 * leaves out (a source named in a question is accounted for by citation, not searched as a topic). Verify
 * needs them to tell one source from its sibling: "who wrote OTI's final dispatch" is not answered by a
 * sentence about "OTI's first dispatch".
 */

const TABLES = new WeakMap<Corpus, Map<string, string[]>>();

/** The sources whose title or alias a phrase (tokens joined by spaces) is. Built once per corpus. */
export function sourcesNamed(corpus: Corpus, phrase: string): readonly string[] {
  let table = TABLES.get(corpus);
  if (!table) {
    table = new Map();
    for (const e of corpus.entries) {
      if (e.kind !== 'source') continue;
      for (const name of [e.title, ...e.aliases]) {
        const key = tokenize(name).join(' ');
        const ids = table.get(key);
        if (ids) ids.push(e.id);
        else table.set(key, [e.id]);
      }
    }
    TABLES.set(corpus, table);
  }
  return table.get(phrase) ?? [];
}
