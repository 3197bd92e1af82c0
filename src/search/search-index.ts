import type { Corpus, Passage } from '../corpus/types.ts';
import { AskedQuestions } from './asked-questions.ts';
import { CountryNames } from './countries.ts';
import { aboutAnotherMeeting, EntryNames } from './entry-names.ts';
import { type IndexParts, indexParts, partsToState } from './index-parts.ts';
import { NameIndex } from './name-index.ts';
import { createNlp, type Nlp } from './nlp.ts';
import { properNames } from './proper-names.ts';
import { type EntryFilter, searchEntries } from './search-entries.ts';
import { searchPassages } from './search-passages.ts';
import {
  DEFAULT_SEARCH_OPTIONS,
  type EntryHit,
  type PassageHit,
  type SearchIndexOptions,
  type SearchIndexState,
  type WeightedQuery,
} from './search-types.ts';
import { normalize, processTerm, squash, tokenize } from './text.ts';
import { weighQuery } from './weigh-query.ts';

/** An authored question that asks a reason: "why …", "how come …". General English. */
const AUTHORED_WHY = /^\s*(?:why|how\s+come)\b/i;

/** Phrases whose spelled-out names are remembered, at most (then the memory starts again). */
const MAX_SPELLED_NAMES = 10_000;

/**
 * Full-text search over a corpus: one minisearch index of sentences (each indexed once, for `/ask` and
 * for ranking entries in `/search`) and a small one of entry names (ids, titles, aliases, headings),
 * sharing the same term processing (built in `index-parts.ts`); with what answering asks of the corpus
 * besides (names, countries, authored questions, the English reader), each read on first use.
 */
export class SearchIndex {
  readonly corpus: Corpus;
  private readonly parts: IndexParts;
  /** Passages grouped by entry, in order: snippets and summaries ask for them on every answer. */
  private passagesByEntry: Map<string, Passage[]> | undefined;
  private names_: EntryNames | undefined;
  private nameIndex_: NameIndex | undefined;
  private reader: Nlp | undefined;
  private properNames_: Set<string> | undefined;
  private asked: AskedQuestions | undefined;
  private countries_: CountryNames | undefined;
  private implied_: Set<string> | undefined;
  private organisation_: Set<string> | undefined;
  private otherMeetings_: Set<string> | undefined;

  /**
   * Builds the index of a corpus, or, given the `state` a snapshot saved with {@link toState} for this
   * very corpus and options, restores it without indexing anything again.
   */
  constructor(corpus: Corpus, options: Partial<SearchIndexOptions> = {}, state?: SearchIndexState) {
    this.corpus = corpus;
    this.parts = indexParts(corpus, { ...DEFAULT_SEARCH_OPTIONS, ...options }, state);
  }

  /**
   * Entry names as users type them, for autocomplete and lookups by name. Built on first use, as the
   * other tables of names below: a start (from a snapshot, at 100k entries' names) need not wait for them.
   */
  get nameIndex(): NameIndex {
    this.nameIndex_ ??= new NameIndex(this.corpus.entries);
    return this.nameIndex_;
  }

  /** Entry names as token phrases, for spotting an entry named in a question; built on first use. */
  private get names(): EntryNames {
    this.names_ ??= new EntryNames(this.corpus.entries);
    return this.names_;
  }

  /** Everything built from the corpus, as plain data for a snapshot (see `src/search/snapshot.ts`). */
  toState(): SearchIndexState {
    return partsToState(this.parts);
  }

  /**
   * Ranked entries for a free-text query, optionally of some kinds only, found by their names and by
   * their sentences (`search-entries.ts`).
   */
  searchEntries(query: string, filter: EntryFilter = {}): EntryHit[] {
    return searchEntries(this.parts, this.weigh(query), filter);
  }

  /**
   * Ranked passages for a question (`search-passages.ts`). Each hit says what share of the question it
   * covers, so the caller can refuse to answer from a passage that only shares a word or two with it. A
   * caller that has weighed the question already passes the result, since weighing scans the
   * vocabulary. A caller that reads only the best few passes `limit`: hits (coverage, deferred terms)
   * are built for those only.
   */
  searchPassages(
    question: string,
    weighted: WeightedQuery = this.weigh(question),
    limit: number = this.parts.options.maxCandidates,
  ): PassageHit[] {
    return searchPassages(this.parts, weighted, limit);
  }

  /**
   * Reads a query into weighted concepts (`weigh-query.ts`). A word the corpus never uses weighs the
   * most (1): a question about something absent must not be answered from the words it shares with
   * the corpus.
   */
  weigh(query: string): WeightedQuery {
    return weighQuery(this.parts, query);
  }

  /**
   * Entries a text names by title or alias, as whole words ("what came of the Internet of Things
   * resolution" names the IoT entries), in the order of the corpus's names.
   */
  mentions(text: string): Set<string> {
    return this.names.mentions(text);
  }

  /**
   * The English reader /ask uses (wink-nlp and its model), loaded on the first question rather than at
   * start: lookups and autocomplete never need it.
   */
  get nlp(): Nlp {
    this.reader ??= createNlp();
    return this.reader;
  }

  /**
   * True when the corpus writes a word as a name: capitalised wherever it stands inside a sentence
   * ("Zhao", "China", "Çavuşoğlu"), so "china" typed in lower case is still a name. Read from the corpus
   * on first use.
   */
  isName(word: string): boolean {
    // A source's details ("by Internet Corporation for Assigned Names") are no prose that uses a name.
    this.properNames_ ??= properNames(this.corpus.passages.filter((p) => !p.metadata).map((p) => p.text));
    return this.properNames_.has(normalize(word));
  }

  /** The entries whose title or alias a phrase (tokens joined by spaces) is: "deputy secretary general". */
  entriesNamed(phrase: string): readonly string[] {
    const direct = this.names.named(phrase);
    if (direct.length > 0) return direct;
    // "deputy sg": a word the vocabulary spells out in one way ("sg": "secretary-general") names what
    // the spelled-out phrase names. Remembered per phrase: verification asks the same ones per candidate.
    let spelled = this.spelledNames.get(phrase);
    if (spelled === undefined) {
      const synonyms = this.corpus.vocabulary?.synonyms;
      const words = phrase.split(' ');
      const long = words.map((w) => {
        const forms = synonyms?.get(w);
        return forms?.length === 1 ? tokenize(forms[0] as string).join(' ') : w;
      });
      spelled = long.some((w, i) => w !== words[i]) ? this.names.named(long.join(' ')) : direct;
      if (this.spelledNames.size >= MAX_SPELLED_NAMES) this.spelledNames.clear();
      this.spelledNames.set(phrase, spelled);
    }
    return spelled;
  }

  /** Phrases {@link entriesNamed} has spelled out, with the entries they name. */
  private readonly spelledNames = new Map<string, readonly string[]>();

  /**
   * Entries whose authored questions (`questions:`) match a user's question closely: the entry it is
   * asking about. Indexed on the first question.
   */
  entriesAsked(question: string): string[] {
    this.asked ??= new AskedQuestions(this.corpus);
    return this.asked.entriesAsked(question);
  }

  /**
   * Entries one of whose authored "why" questions the user's question matches: the editor says the
   * entry tells why, though no sentence of it words a reason ("jammed while President Park was present").
   */
  entriesAskedWhy(question: string): string[] {
    this.asked ??= new AskedQuestions(this.corpus);
    return this.asked.entriesAsked(question, (authored) => AUTHORED_WHY.test(authored));
  }

  /**
   * The names every passage is about without saying so, squashed: the conference's short name and the
   * `implied:` list of its vocabulary.yml ("PP-14", "Busan", "ITU"). Read once, not per question.
   */
  get impliedNames(): ReadonlySet<string> {
    this.implied_ ??= new Set(
      [this.corpus.conference.shortName, ...(this.corpus.vocabulary?.implied ?? [])].map(squash),
    );
    return this.implied_;
  }

  /**
   * The organisation's names among the implied ones, squashed (`organisation:` in vocabulary.yml,
   * "ITU"): naming it does not place a sentence at the conference. Read once.
   */
  get organisationNames(): ReadonlySet<string> {
    this.organisation_ ??= new Set((this.corpus.vocabulary?.organisation ?? []).map(squash));
    return this.organisation_;
  }

  /**
   * The ids of entries about another meeting of the conference's series ("PP-18"): a question that names
   * none of it is about the conference's own. Read once.
   */
  get otherMeetings(): ReadonlySet<string> {
    const short = this.corpus.conference.shortName;
    this.otherMeetings_ ??= new Set(
      this.corpus.entries.filter((e) => aboutAnotherMeeting(e, short)).map((e) => e.id),
    );
    return this.otherMeetings_;
  }

  /** Country names: the library's and the corpus's own (`countries:` in vocabulary.yml). */
  get countries(): CountryNames {
    this.countries_ ??= new CountryNames(this.corpus.vocabulary?.countries);
    return this.countries_;
  }

  /** True when the corpus uses a word, in any form the index reads it as (stem, acronym). */
  knows(word: string): boolean {
    const term = processTerm(word);
    const { vocabulary } = this.parts;
    return term !== undefined && (vocabulary.frequency(term) > 0 || vocabulary.longForm(word) !== undefined);
  }

  /** The index terms of the long form of an acronym the corpus spells out ("rrb"), if any. */
  longForm(word: string): readonly string[] | undefined {
    return this.parts.vocabulary.longForm(word);
  }

  /** True when a text names one of the corpus's people. */
  namesPerson(text: string): boolean {
    return this.parts.vocabulary.namesPerson(text);
  }

  /** Passages of one entry, in order. */
  passagesOf(entryId: string): Passage[] {
    if (!this.passagesByEntry) {
      this.passagesByEntry = new Map();
      for (const p of this.corpus.passages) {
        const list = this.passagesByEntry.get(p.entryId);
        if (list) list.push(p);
        else this.passagesByEntry.set(p.entryId, [p]);
      }
    }
    return this.passagesByEntry.get(entryId) ?? [];
  }
}
