import { processTerm, tokenize } from './text.ts';

/**
 * The texts of a build, each read once: its tokens, and each token and term as a number. A corpus of
 * 100k sentences repeats a few tens of thousands of words millions of times; the build's passes (the
 * common-term tables, the vocabulary, the impact lists) count them by number in typed arrays, where
 * counting them by string in maps and sets per sentence was most of the build past minisearch's own
 * work (docs/performance.md). Each distinct token goes through `processTerm` once.
 */
export class TextReading {
  /** Each distinct token's id, and by id its text and its term's id (-1 for a stop word). */
  private readonly tokenIds = new Map<string, number>();
  readonly tokenText: string[] = [];
  readonly tokenTerm: number[] = [];
  /** Each distinct term's id, and by id its text. */
  private readonly termIds = new Map<string, number>();
  readonly termText: string[] = [];
  /** Each distinct text's id. */
  private readonly textIds = new Map<string, number>();
  /**
   * By text id: its tokens' ids, in `tokenize`'s order, and how many distinct tokens it has. The tokens
   * themselves are not kept: 100k sentences' arrays of strings, alive to the end of a build, were much
   * of its garbage collector's work.
   */
  readonly tokenIdsOf: Int32Array[] = [];
  readonly distinctTokens: number[] = [];
  /** Per token id, the last text (id + 1) that counted it, for counting distinct tokens without a set. */
  private readonly lastText: number[] = [];

  /** Reads a text (once: the same text again gives the same id) and returns its id. */
  read(text: string): number {
    const known = this.textIds.get(text);
    if (known !== undefined) return known;
    const id = this.tokenIdsOf.length;
    const tokens = tokenize(text);
    const ids = new Int32Array(tokens.length);
    let distinct = 0;
    for (let j = 0; j < tokens.length; j++) {
      const token = this.tokenId(tokens[j] as string);
      ids[j] = token;
      if (this.lastText[token] !== id + 1) {
        this.lastText[token] = id + 1;
        distinct++;
      }
    }
    this.textIds.set(text, id);
    this.tokenIdsOf.push(ids);
    this.distinctTokens.push(distinct);
    return id;
  }

  /** How many distinct terms the texts read so far hold: the bound of a term id. */
  get terms(): number {
    return this.termText.length;
  }

  private tokenId(token: string): number {
    let id = this.tokenIds.get(token);
    if (id === undefined) {
      id = this.tokenText.length;
      this.tokenIds.set(token, id);
      this.tokenText.push(token);
      this.lastText.push(0);
      const term = processTerm(token);
      this.tokenTerm.push(term === undefined ? -1 : this.termId(term));
    }
    return id;
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termText.length;
      this.termIds.set(term, id);
      this.termText.push(term);
    }
    return id;
  }
}
