import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/types.ts';
import { TermSearch } from './term-search.ts';
import { processTerm, terms, tokenize } from './text.ts';

/*
 * The questions the corpus carries per entry (front matter `questions:`), matched against what a user
 * asks, as FAQ bots match a question against questions. A close match names the entry the user is
 * asking about, in the user's words, where the entry's own prose may word it otherwise.
 */

/** Share of a user question's terms an authored question must hold to name its entry. */
export const MIN_QUESTION_MATCH = 0.6;

interface QuestionDoc {
  id: number;
  entryId: string;
  text: string;
  /** The question's terms, read once at indexing. */
  terms: ReadonlySet<string>;
}

/** Hits of the question index weighed against the user's question: the best few are enough. */
const MAX_QUESTION_HITS = 20;

/** Authored questions, indexed with the same term processing as the passages. */
export class AskedQuestions {
  private readonly index: TermSearch<QuestionDoc>;
  private readonly docs: QuestionDoc[];

  constructor(corpus: Corpus) {
    this.docs = corpus.entries.flatMap((e) =>
      e.questions.map((text) => ({ id: 0, entryId: e.id, text, terms: new Set(terms(text)) })),
    );
    this.docs.forEach((d, i) => {
      d.id = i;
    });
    const questionTerm = (t: string) => processTerm(t) ?? null;
    const index = new MiniSearch<QuestionDoc>({ fields: ['text'], tokenize, processTerm: questionTerm });
    index.addAll(this.docs);
    // Every question searches it, and a question's words recur in the next ones.
    this.index = new TermSearch(index, ['text'], { tokenize, processTerm: questionTerm });
  }

  /**
   * Entries whose authored questions hold most of the user's question terms (at least
   * {@link MIN_QUESTION_MATCH} of them) and every number it gives, best first; `only`, when given,
   * picks the authored questions that count ("why" ones).
   */
  entriesAsked(question: string, only?: (authored: string) => boolean): string[] {
    const wanted = new Set(terms(question));
    if (wanted.size === 0) return [];
    const out: string[] = [];
    for (const hit of this.index.search(question, { fuzzy: 0.2, prefix: true }).slice(0, MAX_QUESTION_HITS)) {
      const doc = this.docs[hit.id as number];
      if (!doc || out.includes(doc.entryId) || (only !== undefined && !only(doc.text))) continue;
      // A number identifies what is asked ("Committee 5"): an authored question about the Editorial
      // Committee does not name Committee 5's entry.
      if ([...wanted].some((t) => /\d/.test(t) && !doc.terms.has(t))) continue;
      const share = [...wanted].filter((t) => doc.terms.has(t)).length / wanted.size;
      if (share >= MIN_QUESTION_MATCH) out.push(doc.entryId);
    }
    return out;
  }
}
