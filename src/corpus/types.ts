/** The kinds of entry a corpus may hold. */
export const ENTRY_KINDS = [
  'resolution',
  'decision',
  'outcome',
  'topic',
  'person',
  'event',
  'source',
  'glossary',
  'facts',
] as const;

/** One of {@link ENTRY_KINDS}. */
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Status of a resolution or decision at the conference the corpus covers. */
export const TEXT_STATUSES = ['new', 'revised', 'suppressed', 'unchanged', 'unknown'] as const;

/** What became of a proposal or issue. */
export const OUTCOME_STATUSES = [
  'adopted',
  'partly-adopted',
  'withdrawn',
  'not-agreed',
  'deferred',
  'removed',
  'unknown',
  /** The sources disagree: the entry lists what each says in `statuses`. */
  'disputed',
] as const;

/** What one source says became of a proposal, when the sources disagree (front matter `statuses`). */
export interface SourceStatus {
  /** Id of the source entry that says it; listed in the entry's `sources`. */
  source: string;
  /** One of {@link OUTCOME_STATUSES} other than `disputed`. */
  status: string;
  /** The source's own wording, e.g. "not accepted"; shown instead of the status's label when given. */
  says?: string;
}

/** A sentence of corpus prose with the source ids that back it. */
export interface Sentence {
  text: string;
  citations: string[];
  /** Marked `[?]`: inferred or unverified; always shown with an "(unverified)" label. */
  uncertain?: boolean;
  /**
   * Marked `[only]`: one source alone reports it (the sentence cites exactly one); shown with an
   * "(only OTI reports this)" label naming that source's publisher.
   */
  singleSource?: boolean;
}

/** A paragraph or list item. */
export interface Paragraph {
  sentences: Sentence[];
  /** 1-based line in the entry's file, for error messages. */
  line: number;
}

/** A `##` section of an entry body; the part before the first heading has no heading. */
export interface Section {
  heading?: string;
  paragraphs: Paragraph[];
}

/** A label and value shown at a glance, with its citations. */
export interface EntryField {
  label: string;
  value: string;
  citations: string[];
  /** True when any part of the value is marked uncertain. */
  uncertain?: boolean;
  /** True when the value is marked `[only]`: its one cited source alone reports it. */
  singleSource?: boolean;
  /** 1-based line of the value in the entry's file, for problems found after loading. */
  line?: number;
}

/** One validated corpus entry. Text has its citation markers removed; they live in `citations`. */
export interface Entry {
  id: string;
  kind: EntryKind;
  /**
   * The official title; for a resolution or decision whose title is not verified (no `title` in the
   * front matter), its display name instead: the symbol, else "Resolution N" / "Decision N".
   */
  title: string;
  /** True when the front matter has no title: {@link Entry.title} is a display name, never to be shown as a title. */
  titleUnverified?: boolean;
  aliases: string[];
  /** Ways people ask for what this entry says, written in the asker's words (front matter `questions`). */
  questions: string[];
  /** Cited one- or two-sentence summary (empty for sources). */
  summary: Sentence[];
  fields: EntryField[];
  related: string[];
  sources: string[];
  sections: Section[];
  /** Path relative to the corpus folder. */
  file: string;
  /** Line of each front matter field in the file (and of each question, as `questions.N`), for problems found after loading. */
  lines: Readonly<Record<string, number>>;
  number?: number;
  status?: string;
  symbol?: string;
  publisher?: string;
  url?: string;
  date?: string;
  author?: string;
  /** Short name of a source's publisher for labels, e.g. `OTI` (front matter `short`). */
  short?: string;
  /** What each source says became of a `disputed` outcome. */
  statuses?: SourceStatus[];
}

/**
 * A retrievable unit for `/ask`: one sentence of an entry, with the sentence before it as context, so a
 * question can match a sentence whose subject was named just before.
 */
export interface Passage {
  /** `entryId#n`, unique. */
  id: string;
  entryId: string;
  text: string;
  /** The previous sentence of the same paragraph, if any. */
  context: string;
  citations: string[];
  /** Heading of the section the sentence is in, if any. */
  section?: string;
  /** True for sentences of the entry's summary. */
  isSummary: boolean;
  /** True for a `label: value` field rather than a sentence of prose. */
  isField: boolean;
  /** True when the statement is marked uncertain in the corpus. */
  uncertain: boolean;
  /** True when the statement is marked `[only]`: its one citation is the only source reporting it. */
  singleSource?: boolean;
  /**
   * True for a field made from a source's own details ("Published: 10 November 2014"), not from its
   * text: it answers only a question that asks for what its label names.
   */
  metadata?: boolean;
}

/** The conference a corpus is about, from `corpus.yml`. */
export interface ConferenceInfo {
  name: string;
  shortName: string;
  description: string;
  /** The first day (YYYY-MM-DD), when the corpus gives it: "before the conference opened". */
  start?: string;
  /** The last day (YYYY-MM-DD), when the corpus gives it: "after the conference closed". */
  end?: string;
}

/** A corpus's own words for answering questions, from its `vocabulary.yml` (docs/answering.md). */
export interface CorpusVocabulary {
  /** Names every passage is about without saying so: the conference's own names. */
  implied: readonly string[];
  /**
   * The organisation's names among them ("ITU"): every passage is about it too, but naming it does not
   * place a sentence at the conference.
   */
  organisation: readonly string[];
  /** Groups acting as countries at this conference, and short country names a library lacks. */
  countries: readonly string[];
  /** A lower-case word people type -> the words the corpus uses for the same thing. */
  synonyms: ReadonlyMap<string, readonly string[]>;
  /** Everyday phrases rewritten before a question is read: a case-insensitive pattern and its reading. */
  phrases: readonly (readonly [RegExp, string])[];
  /**
   * Claims this conference's record contradicts, with the phrase that does ("split vote" by
   * "unanimously"): a fact-check making the claim is answered "No" by a sentence saying the fact.
   */
  opposites: readonly Opposite[];
}

/** A claim and the phrase that contradicts it, as `vocabulary.yml`'s `opposites:` lists them. */
export interface Opposite {
  /** Words a fact-check makes its claim with, in any form and order ("split vote"). */
  claim: string;
  /** The phrase a sentence contradicts it with, word for word ("unanimously"). */
  fact: string;
}

/** A loaded, validated corpus. */
export interface Corpus {
  dir: string;
  conference: ConferenceInfo;
  /** The corpus's own vocabulary; absent in corpora built by hand in tests, which then have none. */
  vocabulary?: CorpusVocabulary;
  entries: Entry[];
  byId: ReadonlyMap<string, Entry>;
  passages: Passage[];
}

/** One thing wrong in a corpus, located for an editor: `file:line: message`. */
export interface CorpusProblem {
  file: string;
  line: number;
  message: string;
}
