import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/types.ts';
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
}

/** Authored questions, indexed with the same term processing as the passages. */
export class AskedQuestions {
  private readonly index: MiniSearch<QuestionDoc>;
  private readonly docs: QuestionDoc[];

  constructor(corpus: Corpus) {
    this.docs = corpus.entries.flatMap((e) => e.questions.map((text) => ({ id: 0, entryId: e.id, text })));
    this.docs.forEach((d, i) => {
      d.id = i;
    });
    this.index = new MiniSearch<QuestionDoc>({
      fields: ['text'],
      storeFields: ['entryId'],
      tokenize,
      processTerm: (t) => processTerm(t) ?? null,
    });
    this.index.addAll(this.docs);
  }

  /**
   * Entries whose authored questions hold most of the user's question terms (at least
   * {@link MIN_QUESTION_MATCH} of them), best first.
   */
  entriesAsked(question: string): string[] {
    const wanted = new Set(terms(question));
    if (wanted.size === 0) return [];
    const out: string[] = [];
    for (const hit of this.index.search(question, { fuzzy: 0.2, prefix: true })) {
      const doc = this.docs[hit.id as number];
      if (!doc || out.includes(doc.entryId)) continue;
      const held = new Set(terms(doc.text));
      const share = [...wanted].filter((t) => held.has(t)).length / wanted.size;
      if (share >= MIN_QUESTION_MATCH) out.push(doc.entryId);
    }
    return out;
  }
}
