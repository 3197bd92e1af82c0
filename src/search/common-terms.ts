/**
 * The terms of a collection that occur in more than a given number of documents, each with the set of
 * documents holding it (a bitset by document position). On a large corpus such a term ("telecommunication")
 * is in most documents: scoring its postings costs more than the rest of a query and barely changes the
 * ranking, so the search leaves it out and asks this table which of its few best candidates hold it.
 */
export class CommonTerms {
  /** Documents in the collection. */
  readonly documents: number;
  private readonly sets = new Map<string, Uint32Array>();
  /** How many documents hold each common term. */
  private readonly counts = new Map<string, number>();

  /**
   * Reads every document's terms (`termsOf(i)` for i below `documents`) and keeps the terms found in
   * more than `minDocuments` of them. With fewer documents than that, it keeps nothing at all.
   */
  constructor(documents: number, minDocuments: number, termsOf: (i: number) => Iterable<string>) {
    this.documents = documents;
    if (documents <= minDocuments) return;
    const perDoc: string[][] = [];
    const counts = new Map<string, number>();
    for (let i = 0; i < documents; i++) {
      const unique = [...new Set(termsOf(i))];
      perDoc.push(unique);
      for (const t of unique) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    for (const [t, n] of counts) {
      if (n <= minDocuments) continue;
      this.sets.set(t, new Uint32Array((documents + 31) >>> 5));
      this.counts.set(t, n);
    }
    perDoc.forEach((unique, i) => {
      for (const t of unique) {
        const set = this.sets.get(t);
        if (set) set[i >>> 5] = (set[i >>> 5] as number) | (1 << (i & 31));
      }
    });
  }

  /**
   * A table of terms already counted elsewhere (`passage-counts.ts` counts the passages' in one pass
   * with the vocabulary): each common term with its document count and bitset, in the order the
   * constructor would have met them.
   */
  static fromSets(documents: number, sets: Iterable<[string, number, Uint32Array]>): CommonTerms {
    const out = new CommonTerms(documents, Number.POSITIVE_INFINITY, () => []);
    for (const [t, n, set] of sets) {
      out.sets.set(t, set);
      out.counts.set(t, n);
    }
    return out;
  }

  /** True when no term is common: the collection is small enough to search every term as it is. */
  isEmpty(): boolean {
    return this.sets.size === 0;
  }

  /** True when `term` is one of the common terms. */
  isCommon(term: string): boolean {
    return this.sets.has(term);
  }

  /** How many documents hold a common term; 0 for any other. */
  count(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  /** True when document `i` holds the common term `term`; false for a term that is not common. */
  holds(term: string, i: number): boolean {
    const set = this.sets.get(term);
    return set !== undefined && ((set[i >>> 5] as number) & (1 << (i & 31))) !== 0;
  }

  /** The common terms and their bitsets, for a snapshot. */
  toJSON(): CommonTermsJSON {
    return {
      documents: this.documents,
      sets: [...this.sets].map(([t, set]) => [
        t,
        this.counts.get(t) ?? 0,
        Buffer.from(set.buffer, set.byteOffset, set.byteLength).toString('base64'),
      ]),
    };
  }

  /** Rebuilds the table from {@link CommonTerms.toJSON}'s output. */
  static fromJSON(json: CommonTermsJSON): CommonTerms {
    const out = new CommonTerms(json.documents, Number.POSITIVE_INFINITY, () => []);
    for (const [t, n, b64] of json.sets) {
      out.counts.set(t, n);
      const bytes = Buffer.from(b64, 'base64');
      const copy = new Uint32Array((json.documents + 31) >>> 5);
      new Uint8Array(copy.buffer).set(bytes.subarray(0, copy.byteLength));
      out.sets.set(t, copy);
    }
    return out;
  }
}

/** The serialised form of {@link CommonTerms}: each term with its document count and base64 bitset. */
export interface CommonTermsJSON {
  documents: number;
  sets: [string, number, string][];
}
