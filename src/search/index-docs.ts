import type { Entry, Passage } from '../corpus/types.ts';
import { processTerm, tokenize } from './text.ts';

/**
 * What the entry index stores per entry: its ids, names and section headings, and its names as one
 * text (`entry`), the field a passage's entry is matched on. Its sentences are in the passage index;
 * an entry's body is ranked from its passages' hits (`searchEntries`), and a passage's entry from this
 * index, so each sentence is indexed once and each entry's names once, not once per passage.
 */
export interface EntryDoc {
  id: string;
  ids: string;
  title: string;
  aliases: string;
  headings: string;
  entry: string;
}

/**
 * What the passage index stores per sentence: the sentence alone, under the passage's position in the
 * corpus (a number: no second copy of every passage id, and no map from ids back to positions). The
 * sentence before it (its context) and its entry's names are matched through the sentence's own hit
 * and the entry index at search time.
 */
export interface PassageDoc {
  id: number;
  text: string;
}

/** The entry index's fields that `/search` ranks entries by (`entry` serves passages). */
export const ENTRY_NAME_FIELDS = ['ids', 'title', 'aliases', 'headings'];

/** Options of the entry index; a snapshot is loaded with the same. */
export const ENTRY_INDEX_OPTIONS = {
  fields: [...ENTRY_NAME_FIELDS, 'entry'],
  tokenize,
  processTerm,
};
/** Options of the passage index; a snapshot is loaded with the same. */
export const PASSAGE_INDEX_OPTIONS = { fields: ['text'], tokenize, processTerm };

/** An entry's names as one text: title, symbol and aliases. */
export function entryNames(e: Entry): string {
  return [e.title, e.symbol ?? '', ...e.aliases].join(' | ');
}

/** The entry index's document for an entry. */
export function entryDoc(e: Entry): EntryDoc {
  const ids = [e.id, e.symbol ?? '', e.number !== undefined ? `${e.kind} ${e.number} r${e.number}` : ''];
  return {
    id: e.id,
    ids: ids.join(' '),
    title: e.title,
    aliases: e.aliases.join(' | '),
    headings: e.sections.map((s) => s.heading ?? '').join('\n'),
    entry: entryNames(e),
  };
}

/** The passage index's document for the sentence of the passage at position `at`. */
export function passageDoc(p: Passage, at: number): PassageDoc {
  return { id: at, text: p.text };
}
