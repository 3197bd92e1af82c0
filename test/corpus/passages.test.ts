import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spelledDate } from '../../src/corpus/passages.ts';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('passages', () => {
  it("adds a source's date as its last field, cited to the source and marked as its details", async () => {
    const { corpus } = await contextFor();
    const oti = corpus.passages.filter((p) => p.entryId === 'oti-final-dispatch');
    const last = oti.at(-1);
    assert.equal(last?.text, 'Published: 10 November 2014, by New America, Open Technology Institute (OTI).');
    assert.equal(last?.metadata, true);
    assert.deepEqual(last?.citations, ['oti-final-dispatch']);
    assert.ok(!oti.slice(0, -1).some((p) => p.metadata), 'the text keeps its passage numbers');
  });

  it('spells front-matter dates as the corpus writes them', () => {
    assert.equal(spelledDate('2014-11-10'), '10 November 2014');
    assert.equal(spelledDate('2014-10'), 'October 2014');
    assert.equal(spelledDate('2014'), '2014');
    assert.equal(spelledDate('soon'), 'soon');
  });

  it("answers when a source was published from its date, and nothing else from a source's details", async () => {
    const { index } = await contextFor();
    const when = answerQuestion('when did OTI publish its final dispatch?', index);
    assert.ok(when.found);
    assert.match(when.passages[0]?.passage.text ?? '', /^Published: 10 November 2014/);
    for (const line of ['when was the flight tracking resolution passed?', 'when did the conference end?']) {
      const r = answerQuestion(line, index);
      for (const p of r.found ? r.passages : []) assert.ok(!p.passage.metadata, line);
    }
  });
});
