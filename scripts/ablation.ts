/**
 * `npm run ablation`: switches off each /ask signal in turn (sets its weight to 1) and varies the
 * abstention threshold, then prints the score on the dev set (used for tuning) and on our own
 * questions (used for judging). A signal earns its place when switching it off costs points on
 * questions it was not tuned on. Figures, not a test.
 */
import { join } from 'node:path';
import { createContext } from '../src/commands/registry.ts';
import { DEFAULT_CORPUS_DIR } from '../src/config.ts';
import { loadCorpusOrThrow } from '../src/corpus/load.ts';
import { botAnswerer, readQuestions, runEval } from '../src/eval/run-eval.ts';
import { silentLogger } from '../src/log.ts';
import type { AnswerQuestionOptions } from '../src/search/answer-question.ts';
import { SearchIndex } from '../src/search/search-index.ts';

const root = join(import.meta.dirname, '..');
const dev = await readQuestions(join(root, 'test', 'fixtures', 'dev-questions.jsonl'));
const own = await readQuestions(join(root, 'test', 'fixtures', 'own-questions.jsonl'));
const corpus = await loadCorpusOrThrow(DEFAULT_CORPUS_DIR);
const index = new SearchIndex(corpus);

const variants: [string, Partial<AnswerQuestionOptions>][] = [
  ['all signals (default)', {}],
  ['no named-entry boost', { namedEntryBoost: 1 }],
  ['no mentioned-entry boost', { mentionedEntryBoost: 1 }],
  ['no summary boost', { summaryBoost: 1 }],
  ['no field penalty', { fieldWeight: 1 }],
  ['no source penalty', { sourceWeight: 1 }],
  ['no "how many" boosts', { countBoost: 1, numberBoost: 1, numberWordBoost: 1 }],
  ['no "when" boost', { dateBoost: 1 }],
  ['no "which country" boost', { countryBoost: 1 }],
  ['no "who" boost', { whoBoost: 1 }],
  ['abstain threshold 0.3', { minCoverage: 0.3 }],
  ['abstain threshold 0.4', { minCoverage: 0.4 }],
  ['abstain threshold 0.6', { minCoverage: 0.6 }],
  ['abstain threshold 0.7', { minCoverage: 0.7 }],
];

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
console.log(`${'variant'.padEnd(28)} ${'dev'.padStart(6)} ${'own'.padStart(6)}  own abstain  own answered`);
for (const [name, answer] of variants) {
  const ctx = createContext(corpus, { index, answer });
  const d = await runEval(dev, botAnswerer(ctx, silentLogger));
  const o = await runEval(own, botAnswerer(ctx, silentLogger));
  const abstain = o.categories.find((c) => c.cat === 'abstain');
  const answered = o.outcomes.filter((x) => x.question.ok);
  const answeredOk = answered.filter((x) => x.passed).length;
  console.log(
    `${name.padEnd(28)} ${pct(d.score)} ${pct(o.score)}  ${`${abstain?.passed}/${abstain?.total}`.padStart(11)}  ${`${answeredOk}/${answered.length}`.padStart(12)}`,
  );
}
