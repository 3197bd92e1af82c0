import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify: titles (through answerQuestion)', () => {
  it('quotes a title only where it is said with what the question asks the title of', async () => {
    const { index } = await contextFor();
    const ebola = answerQuestion("what's the official title of the ebola resolution?", index);
    for (const p of ebola.found ? ebola.passages : [])
      assert.doesNotMatch(p.passage.text, /Empowerment of youth/);
    const flight = answerQuestion('what is the title of the flight tracking resolution?', index);
    assert.match(
      flight.found ? (flight.passages[0]?.passage.text ?? '') : '',
      /Global flight tracking for civil aviation/,
    );
  });

  it("takes a title quoted in the asked thing's own entry, which spells out the acronym asked ('the IoT resolution')", async () => {
    const { index } = await contextFor();
    const r = answerQuestion('whats the title of the IoT resolution from busan', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /Facilitating the Internet of Things/);
  });
});
