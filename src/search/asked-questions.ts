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
    for (const id of this.bestIds(question)) {
      const doc = this.docs[id as number];
      if (!doc || out.includes(doc.entryId) || (only !== undefined && !only(doc.text))) continue;
      // A number identifies what is asked ("Committee 5"): an authored question about the Editorial
      // Committee does not name Committee 5's entry.
      if ([...wanted].some((t) => /\d/.test(t) && !doc.terms.has(t))) continue;
      const share = [...wanted].filter((t) => doc.terms.has(t)).length / wanted.size;
      if (share >= MIN_QUESTION_MATCH) out.push(doc.entryId);
    }
    return out;
  }

  /**
   * The ids of the best {@link MAX_QUESTION_HITS} authored questions for a line, in the order of the
   * search's results: from its flat matches where they hold it, the best picked by score, the first
   * found first on a tie, as the results' stable sort orders them (no result object made, nor all
   * sorted; test/search/asked-questions.test.ts compares them).
   */
  bestIds(question: string): unknown[] {
    const m = this.index.matches(question, QUESTION_SEARCH);
    if (m === undefined)
      return this.index
        .search(question, QUESTION_SEARCH)
        .slice(0, MAX_QUESTION_HITS)
        .map((hit) => hit.id);
    const best: number[] = [];
    for (let j = 0; j < m.size; j++) {
      const score = m.scores[j] as number;
      if (best.length === MAX_QUESTION_HITS && score <= (m.scores[best[best.length - 1] as number] as number))
        continue;
      let at = best.length;
      while (at > 0 && (m.scores[best[at - 1] as number] as number) < score) at--;
      best.splice(at, 0, j);
      if (best.length > MAX_QUESTION_HITS) best.pop();
    }
    return best.map((j) => m.ids[j]);
  }
}

/** How authored questions are searched: loosely, as a user words them. */
const QUESTION_SEARCH = { fuzzy: 0.2, prefix: true } as const;
