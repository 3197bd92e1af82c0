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
  private readonly idOfToken = new Map<string, number>();
  readonly tokenText: string[] = [];
  readonly tokenTerm: number[] = [];
  /** Each distinct term's id, and by id its text. */
  private readonly termIds = new Map<string, number>();
  readonly termText: string[] = [];
  /** Each distinct text's id. */
  private readonly textIds = new Map<string, number>();
  /**
   * Every text's token ids, in `tokenize`'s order, one text after another: text t's are at
   * `starts[t]` up to `starts[t + 1]`. One buffer, not an array per text, and no token strings per text:
   * 100k small arrays alive to the end of a build were much of its garbage collector's work.
   */
  private ids = new Int32Array(1 << 16);
  readonly starts: number[] = [0];
  /** By text id, how many distinct tokens it has (a field's length, for minisearch). */
  readonly distinctTokens: number[] = [];
  /** Per token id, the last text (id + 1) that counted it, for counting distinct tokens without a set. */
  private readonly lastText: number[] = [];

  /** Reads a text (once: the same text again gives the same id) and returns its id. */
  read(text: string): number {
    const known = this.textIds.get(text);
    if (known !== undefined) return known;
    const id = this.distinctTokens.length;
    const tokens = tokenize(text);
    const start = this.starts[id] as number;
    if (start + tokens.length > this.ids.length) {
      const grown = new Int32Array(Math.max(this.ids.length * 2, start + tokens.length));
      grown.set(this.ids);
      this.ids = grown;
    }
    let distinct = 0;
    for (let j = 0; j < tokens.length; j++) {
      const token = this.tokenId(tokens[j] as string);
      this.ids[start + j] = token;
      if (this.lastText[token] !== id + 1) {
        this.lastText[token] = id + 1;
        distinct++;
      }
    }
    this.textIds.set(text, id);
    this.starts.push(start + tokens.length);
    this.distinctTokens.push(distinct);
    return id;
  }

  /** The token ids of every text read, at {@link starts}' offsets (read them after the last {@link read}). */
  get tokenIds(): Int32Array {
    return this.ids;
  }

  /** How many distinct terms the texts read so far hold: the bound of a term id. */
  get terms(): number {
    return this.termText.length;
  }

  private tokenId(token: string): number {
    let id = this.idOfToken.get(token);
    if (id === undefined) {
      id = this.tokenText.length;
      this.idOfToken.set(token, id);
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
