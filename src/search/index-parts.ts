import MiniSearch from 'minisearch';
import type { Corpus, Entry, Passage } from '../corpus/types.ts';
import { CommonTerms } from './common-terms.ts';
import { ImpactPostings } from './impact-postings.ts';
import {
  ENTRY_INDEX_OPTIONS,
  type EntryDoc,
  entryDoc,
  indexSentences,
  PASSAGE_INDEX_OPTIONS,
  type PassageDoc,
  packIndex,
  unpackIndex,
} from './index-docs.ts';
import { countPassages, type PassageTexts } from './passage-counts.ts';
import { searchOptions } from './search-options.ts';
import type { SearchIndexOptions, SearchIndexState } from './search-types.ts';
import { TermSearch } from './term-search.ts';
import { terms } from './text.ts';
import { TextReading } from './text-reading.ts';
import { Vocabulary } from './vocabulary.ts';

/**
 * What a search index is made of: the two minisearch indexes, the common-term tables, the vocabulary,
 * and where each passage and entry sits. Built from a corpus or restored from a snapshot's state; the
 * search functions (`search-passages.ts`, `search-entries.ts`, `weigh-query.ts`) read it.
 */
export interface IndexParts {
  readonly corpus: Corpus;
  readonly options: SearchIndexOptions;
  /** Entry names (ids, titles, aliases, headings, and all names as one `entry` field). */
  readonly entries: MiniSearch<EntryDoc>;
  /** One document per sentence. */
  readonly passages: MiniSearch<PassageDoc>;
  /** What the corpus's words are: frequencies, spellings, acronyms, people. */
  readonly vocabulary: Vocabulary;
  /** Position of each entry, for its common-term table (a passage's id in its index is its position). */
  readonly entryPosition: ReadonlyMap<string, number>;
  /** Terms in too many passages or entries to search by posting list (see `maxTermPostings`). */
  readonly commonInPassages: CommonTerms;
  readonly commonInEntries: CommonTerms;
  /** The best sentences of each common term, for a question of common words only. */
  readonly impacts: ImpactPostings;
  /** Each passage's entry's position (in `corpus.entries`), by the passage's position. */
  readonly passageEntry: Int32Array;
  /** 1 at each position whose passage has the one before it as its context ({@link follows}). */
  readonly followsBefore: Uint8Array;
  /**
   * Tables by passage position that a passage search fills and clears again (`search-passages.ts`), so
   * that scoring a thousand sentences makes no map or set of them: zero between searches.
   */
  readonly scratch: {
    readonly sentenceAt: Int32Array;
    readonly seen: Uint8Array;
    /** 1 + a passage's place among the candidates of the search under way (`top-passages.ts`). */
    readonly candidateAt: Int32Array;
    /** By entry position, 1 + the place of the entry's names among a search's entry matches. */
    readonly entryMatchAt: Int32Array;
  };
  /** The two indexes' searches, each query term's matches remembered (`term-search.ts`). */
  readonly searchPassageIndex: TermSearch<PassageDoc>;
  readonly searchEntryIndex: TermSearch<EntryDoc>;
}

/**
 * Builds the parts of a corpus's index, or, given the `state` a snapshot saved with
 * {@link partsToState} for this very corpus and options, restores them without indexing anything again.
 */
export function indexParts(
  corpus: Corpus,
  options: SearchIndexOptions,
  state?: SearchIndexState,
): IndexParts {
  const entryPosition = new Map<string, number>();
  for (const [i, e] of corpus.entries.entries()) entryPosition.set(e.id, i);
  const n = corpus.passages.length;
  const followsBefore = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (follows(corpus.passages, i)) followsBefore[i] = 1;
  const passageEntry = Int32Array.from(corpus.passages, (p) => entryPosition.get(p.entryId) ?? -1);
  const scratch = {
    sentenceAt: new Int32Array(n),
    seen: new Uint8Array(n),
    candidateAt: new Int32Array(n),
    entryMatchAt: new Int32Array(corpus.entries.length),
  };
  const at = { corpus, options, entryPosition, passageEntry, followsBefore, scratch };
  if (state) {
    const entries = unpackIndex<EntryDoc>(state.entries, ENTRY_INDEX_OPTIONS);
    const passages = unpackIndex<PassageDoc>(state.passages, PASSAGE_INDEX_OPTIONS);
    return {
      ...at,
      ...searches(entries, passages),
      entries,
      passages,
      commonInPassages: CommonTerms.fromJSON(state.commonInPassages),
      commonInEntries: CommonTerms.fromJSON(state.commonInEntries),
      impacts: ImpactPostings.fromJSON(state.impacts),
      vocabulary: Vocabulary.fromJSON(state.vocabulary, options),
    };
  }
  const entries = new MiniSearch<EntryDoc>(ENTRY_INDEX_OPTIONS);
  const entryDocs = corpus.entries.map(entryDoc);
  entries.addAll(entryDocs);
  // Each sentence, context and entry's names is read once, for the passage index and every count below:
  // tokenizing and stemming per token, and counting by string, were most of a build's cost.
  const reading = new TextReading();
  const texts = readPassageTexts(reading, corpus, entryDocs, at);
  const passages = indexSentences(reading, texts.sentence);
  const { maxTermPostings } = options;
  // A passage holds the terms of its sentence, its entry's names and the sentence before, as when
  // they were three fields of its document: a deferred common term is checked against all three.
  const counts = countPassages(reading, texts, maxTermPostings);
  const commonInPassages = counts.common;
  const commonInEntries = new CommonTerms(entryDocs.length, maxTermPostings, (i) => {
    const d = entryDocs[i] as EntryDoc;
    return terms(`${d.ids} ${d.title} ${d.aliases} ${d.headings}`);
  });
  // The vocabulary reads each sentence with its entry's names.
  const vocabulary = Vocabulary.fromCounts(corpus, counts, options);
  // Each common term's entries by their names' match, as the passage search reads them for the term
  // alone (with the same prefix matches).
  const built = { options, vocabulary, commonInPassages, commonInEntries };
  const namedScores = (term: string) => {
    const scores = new Float64Array(corpus.entries.length);
    const alone = { concepts: [{ word: term, alternatives: [term], known: true, weight: 1 }] };
    for (const r of entries.search(term, {
      ...searchOptions(built, alone, false),
      fields: ['entry'],
      boost: { entry: options.passageBoost.entry },
    }))
      scores[entryPosition.get(r.id) as number] = r.score;
    return (i: number) => scores[passageEntry[i] as number] ?? 0;
  };
  const impacts = ImpactPostings.build({
    passages: corpus.passages.length,
    sentences: counts.sentences,
    follows: (i) => followsBefore[i] === 1,
    namedScores,
    boost: options.passageBoost,
    size: options.impactPostings,
  });
  return {
    ...at,
    ...searches(entries, passages),
    entries,
    passages,
    commonInPassages,
    commonInEntries,
    impacts,
    vocabulary,
  };
}

/**
 * Reads every passage's sentence and context and every entry's names (all as one text, as the entry
 * index's `entry` field has them) into `reading`, and says where each passage's are.
 */
function readPassageTexts(
  reading: TextReading,
  corpus: Corpus,
  entryDocs: readonly EntryDoc[],
  { passageEntry, followsBefore }: { passageEntry: Int32Array; followsBefore: Uint8Array },
): PassageTexts {
  const n = corpus.passages.length;
  const at: PassageTexts = {
    sentence: new Int32Array(n),
    context: new Int32Array(n),
    names: new Int32Array(n),
  };
  const names = entryDocs.map((d) => reading.read(d.entry));
  corpus.passages.forEach((p, i) => {
    at.sentence[i] = reading.read(p.text);
    // Most contexts are the sentence before, read already: no need to look that text up again.
    at.context[i] = followsBefore[i] === 1 ? (at.sentence[i - 1] as number) : reading.read(p.context);
    at.names[i] = names[passageEntry[i] as number] ?? -1;
  });
  return at;
}

/** The remembering searches of two fresh indexes (their caches start empty with them). */
function searches(
  entries: MiniSearch<EntryDoc>,
  passages: MiniSearch<PassageDoc>,
): Pick<IndexParts, 'searchEntryIndex' | 'searchPassageIndex'> {
  return {
    searchEntryIndex: new TermSearch(entries, ENTRY_INDEX_OPTIONS.fields),
    searchPassageIndex: new TermSearch(passages, PASSAGE_INDEX_OPTIONS.fields),
  };
}

/** Everything built from the corpus, as plain data for a snapshot (see `src/search/snapshot.ts`). */
export function partsToState(parts: IndexParts): SearchIndexState {
  return {
    entries: packIndex(parts.entries),
    passages: packIndex(parts.passages),
    commonInPassages: parts.commonInPassages.toJSON(),
    commonInEntries: parts.commonInEntries.toJSON(),
    impacts: parts.impacts.toJSON(),
    vocabulary: parts.vocabulary.toJSON(),
  };
}

/** The entry of an id the index returned. */
export function entryOf(parts: IndexParts, id: string): Entry {
  return parts.corpus.byId.get(id) as Entry;
}

/** The passage of an id the passage index returned: its position. */
export function passageOf(parts: IndexParts, id: number): Passage {
  return parts.corpus.passages[id] as Passage;
}

/** True when the passage at a position has the one before it as its context (same paragraph). */
export function follows(passages: readonly Passage[], at: number): boolean {
  const p = passages[at];
  const q = passages[at - 1];
  return (
    p !== undefined && q !== undefined && p.context !== '' && q.entryId === p.entryId && q.text === p.context
  );
}
