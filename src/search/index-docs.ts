import type { Entry, Passage } from '../corpus/types.ts';
import { processTerm, tokenize } from './text.ts';

/**
 * What the entry index stores per entry: its ids, names and section headings only. Its sentences are
 * in the passage index, and an entry's body is ranked from its passages' hits (`searchEntries`), so
 * each sentence is indexed once, not once more as part of its entry.
 */
export interface EntryDoc {
  id: string;
  ids: string;
  title: string;
  aliases: string;
  headings: string;
}

/** What the passage index stores per sentence: the sentence, its entry's names, the sentence before. */
export interface PassageDoc {
  id: string;
  text: string;
  entry: string;
  context: string;
}

/** Options of the entry index; a snapshot is loaded with the same. */
export const ENTRY_INDEX_OPTIONS = {
  fields: ['ids', 'title', 'aliases', 'headings'],
  tokenize,
  processTerm,
};
/** Options of the passage index; a snapshot is loaded with the same. */
export const PASSAGE_INDEX_OPTIONS = { fields: ['text', 'entry', 'context'], tokenize, processTerm };

/** The entry index's document for an entry. */
export function entryDoc(e: Entry): EntryDoc {
  const ids = [e.id, e.symbol ?? '', e.number !== undefined ? `${e.kind} ${e.number} r${e.number}` : ''];
  return {
    id: e.id,
    ids: ids.join(' '),
    title: e.title,
    aliases: e.aliases.join(' | '),
    headings: e.sections.map((s) => s.heading ?? '').join('\n'),
  };
}

/** The passage index's document for a sentence of an entry. */
export function passageDoc(p: Passage, e: Entry): PassageDoc {
  return {
    id: p.id,
    text: p.text,
    entry: [e.title, e.symbol ?? '', ...e.aliases].join(' | '),
    context: p.context,
  };
}
