import type { Entry } from '../corpus/types.ts';
import { TermList } from './term-list.ts';
import { squash } from './text.ts';

/**
 * The names users type for entries (id, title, aliases, number), squashed once, with a sorted list of
 * them for prefix lookups. Autocomplete runs on every keystroke: it finds the entries whose names start
 * with what was typed from this list, instead of squashing every name of the corpus each time.
 */
export class NameIndex {
  /** Each entry's squashed names, by entry position. */
  private readonly namesByEntry: string[][];
  /** Every squashed name, sorted. */
  private readonly list: TermList;
  /** Positions of the entries having each name of {@link list}, in corpus order. */
  private readonly owners: number[][];

  constructor(entries: readonly Entry[]) {
    this.namesByEntry = entries.map((e) =>
      [e.id, e.title, ...e.aliases, e.number !== undefined ? String(e.number) : ''].map(squash),
    );
    const byName = new Map<string, number[]>();
    this.namesByEntry.forEach((names, i) => {
      for (const n of new Set(names)) {
        const list = byName.get(n);
        if (list) list.push(i);
        else byName.set(n, [i]);
      }
    });
    this.list = new TermList(byName.keys());
    this.owners = this.list.terms.map((n) => byName.get(n) as number[]);
  }

  /** An entry's squashed names: id, title, aliases and number. */
  namesOf(position: number): readonly string[] {
    return this.namesByEntry[position] ?? [];
  }

  /** Positions of the entries with exactly the name `squashed` (id, title, alias or number), in corpus order. */
  named(squashed: string): readonly number[] {
    const [from, to] = this.list.prefixRange(squashed);
    for (let i = from; i < to; i++) if (this.list.terms[i] === squashed) return this.owners[i] as number[];
    return [];
  }

  /** Positions of the entries with a name starting with `squashed`, in corpus order. */
  startingWith(squashed: string): number[] {
    const [from, to] = this.list.prefixRange(squashed);
    const out = new Set<number>();
    for (let i = from; i < to; i++) for (const p of this.owners[i] as number[]) out.add(p);
    return [...out].sort((a, b) => a - b);
  }
}
