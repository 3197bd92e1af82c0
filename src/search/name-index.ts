import SearchableMap from 'minisearch/SearchableMap';
import type { Entry } from '../corpus/types.ts';
import { squash } from './text.ts';

/**
 * The names users type for entries (id, title, aliases, number), squashed once, in a radix tree for
 * prefix lookups. Autocomplete runs on every keystroke: it finds the entries whose names start with
 * what was typed in this tree, instead of squashing every name of the corpus each time.
 */
export class NameIndex {
  /** Each entry's squashed names, by entry position. */
  private readonly namesByEntry: string[][];
  /** Every squashed name -> positions of the entries having it, in corpus order. */
  private readonly owners: SearchableMap<number[]>;

  constructor(entries: readonly Entry[]) {
    this.namesByEntry = entries.map((e) =>
      [e.id, e.title, ...e.aliases, e.number !== undefined ? String(e.number) : ''].map(squash),
    );
    this.owners = new SearchableMap<number[]>();
    this.namesByEntry.forEach((names, i) => {
      for (const n of new Set(names)) {
        const list = this.owners.get(n);
        if (list) list.push(i);
        else this.owners.set(n, [i]);
      }
    });
  }

  /** An entry's squashed names: id, title, aliases and number. */
  namesOf(position: number): readonly string[] {
    return this.namesByEntry[position] ?? [];
  }

  /** Positions of the entries with exactly the name `squashed` (id, title, alias or number), in corpus order. */
  named(squashed: string): readonly number[] {
    return this.owners.get(squashed) ?? [];
  }

  /** Positions of the entries with a name starting with `squashed`, in corpus order. */
  startingWith(squashed: string): number[] {
    const out = new Set<number>();
    for (const owners of this.owners.atPrefix(squashed).values()) for (const p of owners) out.add(p);
    return [...out].sort((a, b) => a - b);
  }
}
