import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import type { Corpus, Entry, EntryKind, Passage } from '../corpus/types.ts';
import { AskedQuestions } from './asked-questions.ts';
import { CommonTerms } from './common-terms.ts';
import { CountryNames } from './countries.ts';
import { isEnglishWord } from './dictionary.ts';
import {
  ENTRY_INDEX_OPTIONS,
  ENTRY_NAME_FIELDS,
  type EntryDoc,
  entryDoc,
  PASSAGE_INDEX_OPTIONS,
  type PassageDoc,
  passageDoc,
} from './index-docs.ts';
import { NameIndex } from './name-index.ts';
import { createNlp, type Nlp } from './nlp.ts';
import { properNames } from './proper-names.ts';
import { coverage, planQuery, withDeferred } from './query-plan.ts';
import {
  DEFAULT_SEARCH_OPTIONS,
  type EntryHit,
  type PassageHit,
  type SearchIndexOptions,
  type SearchIndexState,
  type WeightedQuery,
} from './search-types.ts';
import { normalize, processTerm, queryConcepts, squash, terms, tokenize } from './text.ts';
import { isStopWordTypo, Vocabulary } from './vocabulary.ts';

/** Most content words of one line that are weighed and searched: a question has far fewer. */
const MAX_QUERY_WORDS = 24;

/** Longest word spelling correction considers. */
const MAX_CORRECTED_LENGTH = 24;

/** Shortest word a loose search (autocomplete, did-you-mean) matches fuzzily: "brb" is no "BR". */
const LOOSE_FUZZY_MIN_LENGTH = 4;

/**
 * How much an entry's sentences other than its best one add to its score in `searchEntries`: an entry
 * that says a thing many times is more about it than one that says it once, but not that many times more.
 */
const ENTRY_SENTENCE_SHARE = 0.5;

/**
 * Full-text search over a corpus: one minisearch index of sentences (each indexed once, for `/ask` and
 * for ranking entries in `/search`) and a small one of entry names (ids, titles, aliases, headings),
 * sharing the same term processing.
 */
export class SearchIndex {
  readonly corpus: Corpus;
  private readonly options: SearchIndexOptions;
  private readonly entries: MiniSearch<EntryDoc>;
  private readonly passages: MiniSearch<PassageDoc>;
  /** Passages grouped by entry, in order: snippets and summaries ask for them on every answer. */
  private readonly passagesByEntry = new Map<string, Passage[]>();
  /** What the corpus's words are: frequencies, spellings, acronyms, people. */
  private readonly vocabulary: Vocabulary;
  /** Entry names (titles and aliases) as token phrases, for spotting an entry named in a question. */
  private readonly names: { phrase: string; entryId: string }[] = [];
  /**
   * Positions in {@link names} by the phrase's first word: a question is checked against the names
   * starting with one of its words, not against every name of the corpus (tens of thousands at 100k).
   */
  private readonly namesByFirstWord = new Map<string, number[]>();
  /** Entry names as users type them, for autocomplete and lookups by name. */
  readonly nameIndex: NameIndex;
  /** Position of each passage and entry: for the common-term tables, and a passage by id. */
  private readonly passagePosition = new Map<string, number>();
  private readonly entryPosition = new Map<string, number>();
  /** Terms in too many passages or entries to search by posting list (see `maxTermPostings`). */
  private readonly commonInPassages: CommonTerms;
  private readonly commonInEntries: CommonTerms;
  private reader: Nlp | undefined;
  private names_: Set<string> | undefined;
  private asked: AskedQuestions | undefined;
  private namePhrases: Map<string, string[]> | undefined;
  private countries_: CountryNames | undefined;
  private implied_: Set<string> | undefined;

  /**
   * Builds the index of a corpus, or, given the `state` a snapshot saved with {@link toState} for this
   * very corpus and options, restores it without indexing anything again.
   */
  constructor(corpus: Corpus, options: Partial<SearchIndexOptions> = {}, state?: SearchIndexState) {
    this.corpus = corpus;
    this.options = { ...DEFAULT_SEARCH_OPTIONS, ...options };
    for (const p of corpus.passages) {
      const list = this.passagesByEntry.get(p.entryId);
      if (list) list.push(p);
      else this.passagesByEntry.set(p.entryId, [p]);
    }
    for (const e of corpus.entries) {
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
    this.nameIndex = new NameIndex(corpus.entries);
    for (const [i, p] of corpus.passages.entries()) this.passagePosition.set(p.id, i);
    for (const [i, e] of corpus.entries.entries()) this.entryPosition.set(e.id, i);
    if (state) {
      this.entries = MiniSearch.loadJS<EntryDoc>(state.entries, ENTRY_INDEX_OPTIONS);
      this.passages = MiniSearch.loadJS<PassageDoc>(state.passages, PASSAGE_INDEX_OPTIONS);
      this.commonInPassages = CommonTerms.fromJSON(state.commonInPassages);
      this.commonInEntries = CommonTerms.fromJSON(state.commonInEntries);
      this.vocabulary = Vocabulary.fromJSON(state.vocabulary, this.options);
      return;
    }
    this.entries = new MiniSearch<EntryDoc>(ENTRY_INDEX_OPTIONS);
    const entryDocs = corpus.entries.map(entryDoc);
    this.entries.addAll(entryDocs);
    // Each sentence is tokenized once, for the index and the common-term table both (tokenizing, with
    // its Unicode normalization, is most of the cost of a build after minisearch's own work).
    const tokens = new Map<string, string[]>();
    for (const p of corpus.passages) if (!tokens.has(p.text)) tokens.set(p.text, tokenize(p.text));
    this.passages = new MiniSearch<PassageDoc>({
      ...PASSAGE_INDEX_OPTIONS,
      tokenize: (text: string) => tokens.get(text) ?? tokenize(text),
    });
    this.passages.addAll(corpus.passages.map(passageDoc));
    const termsOf = (text: string) => (tokens.get(text) ?? tokenize(text)).map(processTerm);
    const nameTerms = new Map(entryDocs.map((d) => [d.id, terms(d.entry)]));
    const { maxTermPostings } = this.options;
    // A passage holds the terms of its sentence, its entry's names and the sentence before, as when
    // they were three fields of its document: a deferred common term is checked against all three.
    this.commonInPassages = new CommonTerms(corpus.passages.length, maxTermPostings, (i) => {
      const p = corpus.passages[i] as Passage;
      const held = [...termsOf(p.text), ...(nameTerms.get(p.entryId) ?? []), ...termsOf(p.context)];
      return held.filter((t): t is string => t !== undefined);
    });
    this.commonInEntries = new CommonTerms(entryDocs.length, maxTermPostings, (i) => {
      const d = entryDocs[i] as EntryDoc;
      return terms(`${d.ids} ${d.title} ${d.aliases} ${d.headings}`);
    });
    this.vocabulary = new Vocabulary(
      corpus,
      corpus.passages.map(
        (p) => `${p.text} ${entryDocs[this.entryPosition.get(p.entryId) ?? -1]?.entry ?? ''}`,
      ),
      this.options,
    );
    // The index keeps its tokenizer for queries: it must not keep every sentence's tokens with it.
    tokens.clear();
  }

  /** Everything built from the corpus, as plain data for a snapshot (see `src/search/snapshot.ts`). */
  toState(): SearchIndexState {
    return {
      entries: this.entries.toJSON(),
      passages: this.passages.toJSON(),
      commonInPassages: this.commonInPassages.toJSON(),
      commonInEntries: this.commonInEntries.toJSON(),
      vocabulary: this.vocabulary.toJSON(),
    };
  }

  /**
   * Ranked entries for a free-text query, optionally of some kinds only. An entry is found by its
   * names (ids, title, aliases, headings: the small entry index) and by its sentences, whose hits come
   * from the passage index: each sentence is indexed once, for `/ask` and `/search` alike. An entry
   * scores its names' match plus its best sentence's, and part of its other sentences' (see
   * {@link ENTRY_SENTENCE_SHARE}); it covers the query words any of them matched.
   */
  searchEntries(query: string, filter: { kinds?: readonly EntryKind[]; loose?: boolean } = {}): EntryHit[] {
    const weighted = this.weigh(query);
    if (weighted.concepts.length === 0) return [];
    const kinds = filter.kinds;
    const options = this.searchOptions(weighted, filter.loose === true);
    const found = new Map<
      string,
      { names: number; best: number; rest: number; query: Set<string>; terms: Set<string> }
    >();
    const add = (entryId: string, queryTerms: readonly string[], terms: readonly string[]) => {
      let f = found.get(entryId);
      if (!f) {
        f = { names: 0, best: 0, rest: 0, query: new Set(), terms: new Set() };
        found.set(entryId, f);
      }
      for (const t of queryTerms) f.query.add(t);
      for (const t of terms) f.terms.add(t);
      return f;
    };
    const { ids, title, aliases, summary, body } = this.options.entryBoost;
    const names = planQuery(weighted, this.commonInEntries);
    for (const r of this.entries.search(names.searched.join(' '), {
      ...options,
      fields: ENTRY_NAME_FIELDS,
      boost: { ids, title, aliases, headings: body },
      ...(kinds ? { filter: (r: SearchResult) => kinds.includes(this.entry(r.id).kind) } : {}),
    })) {
      const position = this.entryPosition.get(r.id);
      add(r.id, withDeferred(r.queryTerms, names.deferred, this.commonInEntries, position), r.terms).names =
        r.score;
    }
    const plan = planQuery(weighted, this.commonInPassages);
    // A query of common words only ("resolution", "countries") names what entries are called, and
    // searching sentences for its rarest word would score tens of thousands of them on a large corpus:
    // its entries are found by their names.
    const allCommon = plan.searched.every((t) => this.commonInPassages.isCommon(t));
    const sentences = allCommon
      ? []
      : this.passages
          .search(plan.searched.join(' '), {
            ...options,
            ...(kinds
              ? { filter: (r: SearchResult) => kinds.includes(this.entry(this.passage(r.id).entryId).kind) }
              : {}),
          })
          .slice(0, this.options.maxCandidates);
    for (const r of sentences) {
      const passage = this.passage(r.id);
      const position = this.passagePosition.get(r.id);
      const f = add(
        passage.entryId,
        withDeferred(r.queryTerms, plan.deferred, this.commonInPassages, position),
        r.terms,
      );
      const score = r.score * (passage.isSummary ? summary : body);
      if (score > f.best) {
        f.rest += f.best;
        f.best = score;
      } else f.rest += score;
    }
    return [...found]
      .map(([id, f]) => ({
        entry: this.entry(id),
        score: f.names + f.best + ENTRY_SENTENCE_SHARE * f.rest,
        coverage: coverage(weighted, [...f.query], this.options.synonymWeight),
        matchedTerms: [...f.terms],
      }))
      .sort((a, b) => b.score - a.score)
      .slice(0, this.options.maxCandidates);
  }

  /**
   * Ranked passages for a question. Each hit says what share of the question it covers, so the caller
   * can refuse to answer from a passage that only shares a word or two with it. A caller that has
   * weighed the question already passes the result, since weighing scans the vocabulary. A caller that
   * reads only the best few passes `limit`: hits (coverage, deferred terms) are built for those only.
   */
  searchPassages(
    question: string,
    weighted: WeightedQuery = this.weigh(question),
    limit: number = this.options.maxCandidates,
  ): PassageHit[] {
    if (weighted.concepts.length === 0) return [];
    const plan = planQuery(weighted, this.commonInPassages);
    const searched = plan.searched.join(' ');
    const options = this.searchOptions(weighted, false);
    const { text, entry, context } = this.options.passageBoost;
    // Sentences matching the question, then the entries whose names match it: each passage scores its
    // sentence's match, its entry's names' (once per entry, not once per passage) and part of the
    // sentence before it's, as a document of three fields would.
    const sentences = this.passages.search(searched, { ...options, boost: { text } });
    const entries = new Map<string, SearchResult>();
    for (const r of this.entries.search(searched, { ...options, fields: ['entry'], boost: { entry } }))
      entries.set(r.id, r);
    // By passage position: a sentence's neighbours are the positions beside it.
    const all = this.corpus.passages;
    const bySentence = new Map<number, SearchResult>();
    for (const r of sentences) bySentence.set(this.passagePosition.get(r.id) as number, r);
    const scored: { passage: Passage; score: number; own?: SearchResult; before?: SearchResult }[] = [];
    const seen = new Set<number>();
    const add = (at: number) => {
      if (seen.has(at)) return;
      seen.add(at);
      const passage = all[at] as Passage;
      const own = bySentence.get(at);
      const previous = this.follows(at) ? bySentence.get(at - 1) : undefined;
      const named = entries.get(passage.entryId);
      // minisearch multiplies a document's summed field scores by the number of query terms it
      // matched; the three parts are summed before that, as one search of three fields would.
      scored.push({
        passage,
        score:
          (unscaled(own) + unscaled(named) + (unscaled(previous) * context) / text) *
          Math.max(distinctTerms(own, named, previous), 1),
        ...(own ? { own } : {}),
        ...(previous ? { before: previous } : {}),
      });
    };
    for (const at of bySentence.keys()) {
      add(at);
      // The sentence after a match has it as its context.
      if (this.follows(at + 1)) add(at + 1);
    }
    scored.sort((a, b) => b.score - a.score);
    return scored
      .slice(0, Math.min(limit, this.options.maxCandidates))
      .map(({ passage, score, own, before }) => {
        const named = entries.get(passage.entryId);
        const matched = new Set([
          ...(own?.queryTerms ?? []),
          ...(named?.queryTerms ?? []),
          ...(before?.queryTerms ?? []),
        ]);
        const queryTerms = withDeferred(
          [...matched],
          plan.deferred,
          this.commonInPassages,
          this.passagePosition.get(passage.id),
        );
        return {
          passage,
          entry: this.entry(passage.entryId),
          score,
          coverage: coverage(weighted, queryTerms, this.options.synonymWeight),
          matchedTerms: [
            ...new Set([...(own?.terms ?? []), ...(named?.terms ?? []), ...(before?.terms ?? [])]),
          ],
          queryTerms,
          textMatched: own !== undefined,
        };
      });
  }

  /** True when the passage at a position has the one before it as its context (same paragraph). */
  private follows(at: number): boolean {
    const p = this.corpus.passages[at];
    const q = this.corpus.passages[at - 1];
    return (
      p !== undefined &&
      q !== undefined &&
      p.context !== '' &&
      q.entryId === p.entryId &&
      q.text === p.context
    );
  }

  /**
   * Reads a query into weighted concepts. A word the corpus never uses weighs the most (1): a question
   * about something absent must not be answered from the words it shares with the corpus.
   */
  weigh(query: string): WeightedQuery {
    const n = Math.max(this.corpus.passages.length, 1);
    const idf = (df: number) => Math.log(1 + n / df) / Math.log(1 + n);
    // A question has a few content words; past MAX_QUERY_WORDS a line is pasted text, and weighing (with
    // its spelling correction) every word of it would let one line cost tens of milliseconds.
    const concepts = queryConcepts(query, this.corpus.vocabulary?.synonyms)
      .slice(0, MAX_QUERY_WORDS)
      .map((c) => {
        // An acronym the corpus spells out also stands for its long form ("RRB": radio regulations board).
        const long = this.vocabulary.longForm(c.word);
        if (long) c.alternatives.push(...long.filter((t) => !c.alternatives.includes(t)));
        // A word the corpus never uses, one slip away from one it does ("flihgt", "secretery"), is that word.
        // On a large corpus, also a word it lacks that merely resembles some (by prefix or one slip):
        // searched through its correction, it need not be expanded fuzzily over common terms.
        const typed = c.alternatives[0] as string;
        // No corpus word is longer than MAX_CORRECTED_LENGTH letters: a longer token is no slip of one.
        const correctable = c.word.length <= MAX_CORRECTED_LENGTH;
        if (
          correctable &&
          (this.vocabulary.frequency(typed) === 0 || (this.isLarge() && !this.vocabulary.has(typed)))
        ) {
          const corrected = this.vocabulary.correct(c.word);
          if (corrected) c.alternatives.unshift(corrected);
        }
        const dfs = c.alternatives.map((a) => this.vocabulary.frequency(a)).filter((df) => df > 0);
        const own = this.vocabulary.frequency(c.alternatives[0] as string);
        const df = own > 0 ? own : dfs.length > 0 ? Math.max(...dfs) : 0;
        return { ...c, known: df > 0, weight: df > 0 ? idf(df) : 1 };
      });
    // An unknown word one letter away from a stop word ("happend", "whta") is a typo of filler; one
    // that is no English word, no slip of a corpus word and no name ("sry", "brb", "tl;dr") is chat.
    return { concepts: concepts.filter((c) => c.known || !(isStopWordTypo(c.word) || isChat(c))) };
  }

  /**
   * Entries a text names by title or alias, as whole words ("what came of the Internet of Things
   * resolution" names the IoT entries), longest names first so "Connect 2020" beats "2020".
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
    this.names_ ??= properNames(this.corpus.passages.map((p) => p.text));
    return this.names_.has(normalize(word));
  }

  /** The entries whose title or alias a phrase (tokens joined by spaces) is: "deputy secretary general". */
  entriesNamed(phrase: string): readonly string[] {
    if (!this.namePhrases) {
      this.namePhrases = new Map();
      for (const n of this.names)
        this.namePhrases.set(n.phrase, [...(this.namePhrases.get(n.phrase) ?? []), n.entryId]);
    }
    return this.namePhrases.get(phrase) ?? [];
  }

  /**
   * Entries whose authored questions (`questions:`) match a user's question closely: the entry it is
   * asking about. Indexed on the first question.
   */
  entriesAsked(question: string): string[] {
    this.asked ??= new AskedQuestions(this.corpus);
    return this.asked.entriesAsked(question);
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

  /** Country names: the library's and the corpus's own (`countries:` in vocabulary.yml). */
  get countries(): CountryNames {
    this.countries_ ??= new CountryNames(this.corpus.vocabulary?.countries);
    return this.countries_;
  }

  /** True when the corpus uses a word, in any form the index reads it as (stem, acronym). */
  knows(word: string): boolean {
    const term = processTerm(word);
    return (
      term !== undefined &&
      (this.vocabulary.frequency(term) > 0 || this.vocabulary.longForm(word) !== undefined)
    );
  }

  /** The index terms of the long form of an acronym the corpus spells out ("rrb"), if any. */
  longForm(word: string): readonly string[] | undefined {
    return this.vocabulary.longForm(word);
  }

  /** True when a text names one of the corpus's people. */
  namesPerson(text: string): boolean {
    return this.vocabulary.namesPerson(text);
  }

  /** Passages of one entry, in order. */
  passagesOf(entryId: string): Passage[] {
    return this.passagesByEntry.get(entryId) ?? [];
  }

  private searchOptions(weighted: WeightedQuery, loose: boolean): SearchOptions {
    const synonyms = new Set(weighted.concepts.flatMap((c) => c.alternatives.slice(1)));
    const own = new Set(weighted.concepts.map((c) => c.alternatives[0]));
    const { fuzzy, fuzzyMinLength, prefixMinLength, synonymWeight, maxEditDistance, maxPrefixTerms } =
      this.options;
    const vocabulary = this.vocabulary;
    // On a large corpus, a misspelt word that the vocabulary corrected is searched through its
    // correction only: fuzzy expansion of the misspelling would reach the same (often common) terms
    // through their whole posting lists.
    const large = this.isLarge();
    const common = (t: string) => this.commonInPassages.isCommon(t) || this.commonInEntries.isCommon(t);
    // Nor may a prefix or a fuzzy match expand to a common term: that is its whole posting list again.
    const reachesCommon = (t: string, loose: boolean) => {
      if (!large) return false;
      const distance = Math.min(
        maxEditDistance,
        Math.round(t.length * (loose ? Math.max(fuzzy, 0.34) : fuzzy)),
      );
      return vocabulary.near(t, distance).some(common);
    };
    // A dictionary word the corpus lacks ("coffee") is no misspelling of a corpus word ("office").
    const english = new Set(
      weighted.concepts
        .filter((c) => !vocabulary.has(c.alternatives[0] as string) && isEnglishWord(c.word))
        .map((c) => c.alternatives[0] as string),
    );
    const corrected = new Set(
      large
        ? weighted.concepts
            .filter((c) => vocabulary.has(c.alternatives[0] as string))
            .flatMap((c) => c.alternatives.slice(1))
        : [],
    );
    return {
      // Terms arrive processed already; processing them twice would re-stem stems.
      processTerm: (t: string) => t,
      combineWith: 'OR',
      // Query planning: a word the corpus has is searched as it is (and as a prefix), and only a word
      // it lacks fuzzily; on a large corpus within a bounded distance. Fuzzy matches of known words
      // only added noise: on PP-14, dropping them answered two more off-topic questions correctly,
      // lost none, and cut the p99. Loose searches (autocomplete, did-you-mean) stay fuzzy.
      fuzzy: (t: string) =>
        (loose || !vocabulary.has(t)) &&
        !corrected.has(t) &&
        !english.has(t) &&
        t.length >= (loose ? LOOSE_FUZZY_MIN_LENGTH : fuzzyMinLength) &&
        t.length <= MAX_CORRECTED_LENGTH &&
        !reachesCommon(t, loose)
          ? loose
            ? Math.max(fuzzy, 0.34)
            : fuzzy
          : false,
      ...(large ? { maxFuzzy: maxEditDistance } : {}),
      prefix: (t: string) =>
        t.length >= (loose ? 2 : prefixMinLength) &&
        vocabulary.completions(t, maxPrefixTerms) <= maxPrefixTerms &&
        !(large && vocabulary.completionTerms(t).some((x) => x !== t && common(x))),
      weights: { fuzzy: 0.45, prefix: 0.6 },
      boostTerm: (t: string) => (synonyms.has(t) && !own.has(t) ? synonymWeight : 1),
    };
  }

  /** True for a corpus large enough to have common terms: query planning then bounds every search. */
  private isLarge(): boolean {
    return !this.commonInPassages.isEmpty() || !this.commonInEntries.isEmpty();
  }

  private entry(id: string): Entry {
    return this.corpus.byId.get(id) as Entry;
  }

  private passage(id: string): Passage {
    return this.corpus.passages[this.passagePosition.get(id) as number] as Passage;
  }
}

/**
 * True when a word the corpus lacks is chat shorthand: letters only, no dictionary English, and no
 * correction to a corpus word among its alternatives. Names are checked apart (verify), so "Varembé"
 * is still asked for; a dictionary word ("football") still counts as a topic the corpus lacks.
 */
function isChat(c: { word: string; alternatives: readonly string[] }): boolean {
  return /^[a-z]+$/.test(c.word) && c.alternatives.length <= 1 && !isEnglishWord(c.word);
}

/** A hit's score before minisearch multiplied it by the number of query terms matched. */
function unscaled(r: SearchResult | undefined): number {
  return r ? r.score / Math.max(r.queryTerms.length, 1) : 0;
}

/** How many distinct query terms some hits matched together. */
function distinctTerms(...hits: (SearchResult | undefined)[]): number {
  const present = hits.filter((h): h is SearchResult => h !== undefined);
  if (present.length === 1) return (present[0] as SearchResult).queryTerms.length;
  return new Set(present.flatMap((h) => h.queryTerms)).size;
}
