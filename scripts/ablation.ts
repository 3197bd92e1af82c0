/**
 * `npm run ablation`: switches off each /ask signal in turn (sets its weight to 1) and varies the
 * abstention threshold, then prints the score on every question set in `test/fixtures`, and on a fresh
 * set nobody has tuned on when ABLATION_JUDGE names one (its column is "unseen"). A signal earns its
 * place when switching it off costs points on questions it was not tuned on; docs/answering.md,
 * says which set judged which signal. Figures, not a test.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createContext } from '../src/commands/registry.ts';
import { DEFAULT_CORPUS_DIR } from '../src/config.ts';
import { loadCorpusOrThrow } from '../src/corpus/load.ts';
import { botAnswerer, readQuestions, runEval } from '../src/eval/run-eval.ts';
import { silentLogger } from '../src/log.ts';
import type { AnswerQuestionOptions } from '../src/search/rank-passages.ts';
import { SearchIndex } from '../src/search/search-index.ts';

const fixtures = join(import.meta.dirname, '..', 'test', 'fixtures');
const judgeFile = process.env.ABLATION_JUDGE;
const sets: [string, string][] = [
  ['dev', join(fixtures, 'dev-questions.jsonl')],
  ['own', join(fixtures, 'own-questions.jsonl')],
  ['held-out', join(fixtures, 'holdout-questions.jsonl')],
  ['judge', join(fixtures, 'judge-questions.jsonl')],
  ['judge-2', join(fixtures, 'judge-2-questions.jsonl')],
  ['judge-3', join(fixtures, 'judge-3-questions.jsonl')],
  ['judge-4', join(fixtures, 'judge-4-questions.jsonl')],
  ...(judgeFile && existsSync(judgeFile) ? [['unseen', judgeFile] as [string, string]] : []),
];
const questions = await Promise.all(sets.map(([, file]) => readQuestions(file)));
const corpus = await loadCorpusOrThrow(DEFAULT_CORPUS_DIR);
const index = new SearchIndex(corpus);

const variants: [string, Partial<AnswerQuestionOptions>][] = [
  ['all signals (default)', {}],
  ['no mentioned-entry boost', { mentionedEntryBoost: 1 }],
  ['no summary boost', { summaryBoost: 1 }],
  ['no field-label boost', { fieldLabelBoost: 1 }],
  ['no phrase rewriting', { phrases: [] }],
  ['no source penalty', { sourceWeight: 1 }],
  ['no "which country" boost', { countryBoost: 1 }],
  ['no "who" boost', { whoBoost: 1 }],
  ['abstain threshold 0.3', { minCoverage: 0.3 }],
  ['abstain threshold 0.4', { minCoverage: 0.4 }],
  ['abstain threshold 0.6', { minCoverage: 0.6 }],
  ['abstain threshold 0.7', { minCoverage: 0.7 }],
];

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(8);
console.log(`${'variant'.padEnd(28)}${sets.map(([name]) => name.padStart(9)).join('')}   abstain  answered`);
for (const [name, answer] of variants) {
  const ctx = createContext(corpus, { index, answer });
  const reports = await Promise.all(questions.map((qs) => runEval(qs, botAnswerer(ctx, silentLogger))));
  // Abstention both ways, over every set: refusals that were right, answers that were right.
  const outcomes = reports.flatMap((r) => r.outcomes);
  const refuse = outcomes.filter((x) => !x.question.ok);
  const answer_ = outcomes.filter((x) => x.question.ok);
  const share = (xs: typeof outcomes) => `${xs.filter((x) => x.passed).length}/${xs.length}`;
  console.log(
    `${name.padEnd(28)}${reports.map((r) => ` ${pct(r.score)}`).join('')}   ${share(refuse).padStart(7)}  ${share(answer_).padStart(8)}`,
  );
}
