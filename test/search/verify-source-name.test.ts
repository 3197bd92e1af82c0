import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe("verify: words said only in a cited source's name (through answerQuestion)", () => {
  it('takes no word the passage says only in the name of a source it cites ("access" of "Access Now"), unless the question names that source', async () => {
    const { index } = await contextFor();
    const access = answerQuestion('how will access to ITU documents change after busan?', index);
    assert.ok(access.found);
    assert.equal(access.passages[0]?.entry.id, 'document-access');
    assert.doesNotMatch(access.passages[0]?.passage.text ?? '', /Constitution/);
    // Named by two words of its name, the source is asked of: "dig.watch" for "the dig.watch event page".
    const dig = answerQuestion('dig.watch says the conference ended 6 nov, is that right?', index);
    assert.ok(dig.found);
    assert.match(dig.passages[0]?.passage.text ?? '', /dig\.watch/);
  });
});
