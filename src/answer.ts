import type { EntryKind } from './corpus/types.ts';

/**
 * The platform-neutral reply of a command. Commands build it; renderers (text, Slack, Discord) turn it
 * into what each platform shows. Strings may contain one inline mark, `**emphasis**`, used for search
 * highlights; renderers translate it to their own syntax or drop it.
 */
export interface Answer {
  /** False when nothing relevant was found or the input was invalid. */
  ok: boolean;
  /** The command that produced it, without the slash (`resolution`, `ask`, ...). */
  command: string;
  /** One-line heading. */
  title: string;
  /** What the answer is about, for renderers that colour by kind: an entry kind, or `list`. */
  kind?: EntryKind | 'list';
  /** A short line shown right under the title, e.g. that a typo was resolved to the closest match. */
  note?: string;
  /**
   * Set when a lookup showed its closest match for words it could not match exactly. A line that only
   * starts with a command's name ("Resolution 197 is the cybersecurity one?") is then asked as a question
   * first: the closest match may be another text.
   */
  approximate?: boolean;
  /**
   * Short labels about the answer as a whole, shown apart from the title and never as it, e.g.
   * "Official title not verified".
   */
  labels?: string[];
  /** Paragraphs of prose, in order. */
  body: string[];
  /** Facts at a glance: short label and value pairs. */
  fields: AnswerField[];
  /** Listed items (search results, lists of resolutions), optionally grouped. */
  items: AnswerItem[];
  /** For `/ask`: the single best supporting sentence or passage. */
  answer?: string;
  /** Where the statements come from. */
  citations: Citation[];
  /** Entries the user may want next. */
  related: RelatedEntry[];
  /** "Did you mean" lines, each a full command a user can type. */
  suggestions: string[];
  /** Paging state when the answer is one page of several. */
  page?: PageInfo;
  /**
   * The short form: what a compact card shows before "More", when the command knows it better than the
   * first lines of the long form. Everything above is the long form. Renderers choose which to show;
   * parts left out here are taken from the long form (see render/compact.ts).
   */
  short?: ShortForm;
}

/** The parts of a compact card a command may state itself. */
export interface ShortForm {
  /** A few words shown after the title in the card's header: `revised`, `not agreed`. */
  status?: string;
  /** One to three lines of what it is and what happened. */
  lead?: string;
  /** The few fields that matter most (at most three are shown). */
  fields?: AnswerField[];
}

/** A label and value shown side by side. */
export interface AnswerField {
  label: string;
  value: string;
}

/** One listed thing: a search hit, a resolution in a list. */
export interface AnswerItem {
  /** Heading of the group this item belongs to, if the list is grouped. */
  group?: string;
  /** Short name, e.g. `Resolution 174`. */
  label: string;
  /** One line about it: a title, a snippet. */
  detail: string;
  /** The command that opens it, e.g. `/resolution 174`. */
  command?: string;
}

/** A source document behind a statement. */
export interface Citation {
  /** Source entry id in the corpus. */
  id: string;
  title: string;
  publisher?: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date?: string;
  url?: string;
}

/** A link to another entry, as the command that opens it. */
export interface RelatedEntry {
  id: string;
  title: string;
  command: string;
}

/** Which page of a longer list this answer shows. */
export interface PageInfo {
  page: number;
  pages: number;
  /** The command that shows the next page, when there is one. */
  next?: string;
  /** The command that shows the previous page, when there is one. */
  previous?: string;
}

/**
 * Marks an answer as a lookup's closest match, with the note that says so: every command that guesses
 * says it guessed, and a bare command line then asks the question first (see {@link Answer.approximate}).
 */
export function asClosestMatch(answer: Answer, note: string): Answer {
  answer.note = note;
  answer.approximate = true;
  return answer;
}

/** Fills the list fields of an answer so commands only state what they have. */
export function makeAnswer(partial: Partial<Answer> & Pick<Answer, 'ok' | 'command' | 'title'>): Answer {
  return {
    body: [],
    fields: [],
    items: [],
    citations: [],
    related: [],
    suggestions: [],
    ...partial,
  };
}

/** The label every uncertain statement carries wherever it is shown, so none reads as settled fact. */
export const UNVERIFIED_LABEL = '(unverified)';

/** A statement as shown to users: uncertain ones end with {@link UNVERIFIED_LABEL}. */
export function statement(text: string, uncertain: boolean | undefined): string {
  return uncertain ? `${text} ${UNVERIFIED_LABEL}` : text;
}
