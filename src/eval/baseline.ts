import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/types.ts';
import type { Answerer } from './run-eval.ts';

/**
 * The plain baseline `npm run eval` compares confbot with: a minisearch index with default options
 * over the same sentence passages, whose top hit is the answer (the command word is dropped from the
 * line). It shows what the tuning of query understanding, ranking and abstention is worth.
 */
export function baselineAnswerer(corpus: Corpus): Answerer {
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: ['text'] });
  index.addAll(corpus.passages.map((p) => ({ id: p.id, text: p.text })));
  return async (line) => {
    const query = line.replace(/^\/\S+\s*/, '');
    const [top] = index.search(query);
    return top ? { ok: true, answer: String(top.text) } : { ok: false, answer: '' };
  };
}
