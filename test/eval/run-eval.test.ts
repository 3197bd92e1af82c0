import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { botAnswerer, formatReport, readQuestions, runEval } from '../../src/eval/run-eval.ts';
import { silentLogger } from '../../src/log.ts';
import { contextFor } from '../helpers.ts';

// The evaluation's own mechanics, on a few questions. The scores over the question sets are in
// dev-set.test.ts, in the full lane only: some 900 questions are an evaluation, not a unit test.
describe('runEval', () => {
  it('fails a question whose answer does not match, and reports it by category', async () => {
    const file = join(tmpdir(), `confbot-eval-${process.pid}.jsonl`);
    await writeFile(
      file,
      [
        { id: 'a', cat: 'lookup', line: '/resolution 174', ok: true, match: 'illicit' },
        { id: 'b', cat: 'lookup', line: '/resolution 174', ok: true, match: 'zeppelin' },
        { id: 'c', cat: 'abstain', line: '/ask best pizza in new york', ok: false, match: '' },
      ]
        .map((q) => JSON.stringify(q))
        .join('\n'),
    );
    const report = await runEval(await readQuestions(file), botAnswerer(await contextFor(), silentLogger));
    assert.deepEqual(report.categories, [
      { cat: 'lookup', passed: 1, total: 2 },
      { cat: 'abstain', passed: 1, total: 1 },
    ]);
    const text = formatReport(report);
    assert.match(text, /MISS b \[lookup\] \/resolution 174/);
    assert.match(text, /overall\s+2\/3\s+66\.7%/);
  });

  it('rejects a malformed question file with the line number', async () => {
    const file = join(tmpdir(), `confbot-eval-bad-${process.pid}.jsonl`);
    await writeFile(file, '{"id":"a","line":"/help","ok":true}\nnot json\n');
    await assert.rejects(readQuestions(file), /:2: not valid JSON/);
  });
});
