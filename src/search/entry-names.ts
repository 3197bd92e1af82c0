import type { Entry } from '../corpus/types.ts';
import { tokenize } from './text.ts';

/**
 * Entry names (titles and aliases) as token phrases, for spotting an entry named in a question
 * ({@link mentions}) and for finding the entries a phrase names ({@link named}).
 */
export class EntryNames {
  private readonly names: { phrase: string; entryId: string }[] = [];
  /**
   * Positions in {@link names} by the phrase's first word: a question is checked against the names
   * starting with one of its words, not against every name of the corpus (tens of thousands at 100k).
   */
  private readonly namesByFirstWord = new Map<string, number[]>();
  private byPhrase: Map<string, string[]> | undefined;

  /** Reads the names of every entry but sources. */
  constructor(entries: readonly Entry[]) {
    for (const e of entries) {
      if (e.kind === 'source') continue;
      for (const name of [e.title, ...e.aliases]) {
        const phrase = tokenize(name).join(' ');
        // One short word ("ITU", "PP") names too much to say which entry a question is about.
        if (phrase.length >= 3 && (phrase.includes(' ') || phrase.length >= 3))
          this.names.push({ phrase, entryId: e.id });
      }
    }
    this.names.forEach(({ phrase }, i) => {
      const space = phrase.indexOf(' ');
      const first = space < 0 ? phrase : phrase.slice(0, space);
      const list = this.namesByFirstWord.get(first);
      if (list) list.push(i);
      else this.namesByFirstWord.set(first, [i]);
    });
  }

  /**
   * Entries a text names by title or alias, as whole words ("what came of the Internet of Things
   * resolution" names the IoT entries), in the order of the corpus's names.
   */
  mentions(text: string): Set<string> {
    const tokens = tokenize(text);
    const words = ` ${tokens.join(' ')} `;
    // Tokens hold no space, so a name found between spaces starts at one of the text's words.
    const found: number[] = [];
    for (const token of new Set(tokens)) {
      for (const i of this.namesByFirstWord.get(token) ?? []) {
        if (words.includes(` ${(this.names[i] as { phrase: string }).phrase} `)) found.push(i);
      }
    }
    // In the order of the names, as a scan of them all would give.
    found.sort((a, b) => a - b);
    return new Set(found.map((i) => (this.names[i] as { entryId: string }).entryId));
  }

  /** The entries whose title or alias a phrase (tokens joined by spaces) is: "deputy secretary general". */
  named(phrase: string): readonly string[] {
    if (!this.byPhrase) {
      this.byPhrase = new Map();
      for (const n of this.names)
        this.byPhrase.set(n.phrase, [...(this.byPhrase.get(n.phrase) ?? []), n.entryId]);
    }
    return this.byPhrase.get(phrase) ?? [];
  }
}

/**
 * True when an entry is about another meeting of the conference's series: its title or an alias gives
 * the series with another number ("PP-18, the next Plenipotentiary Conference" where the conference is
 * "PP-14"). The corpus's names say it, not a list of meetings.
 */
export function aboutAnotherMeeting(entry: Entry, shortName: string): boolean {
  const own = /^(\p{Lu}{2,5})-?(\d{2})$/u.exec(shortName);
  if (!own) return false;
  return [entry.title, ...entry.aliases].some((name) =>
    [...name.matchAll(SERIES_NAME)].some((m) => m[1] === own[1] && m[2] !== own[2]),
  );
}

/** A name of a numbered meeting series: "PP-14", "WRC-15". */
const SERIES_NAME = /\b(\p{Lu}{2,5})-?(\d{2})\b/gu;
