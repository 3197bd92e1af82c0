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

  it('reads a common word a source entry has only from its publisher ("UN Women") as that name, not the thing asked', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('how many delegations were headed by women at pp-14', index);
    assert.equal(r.found, false, r.found ? r.passages[0]?.passage.text : '');
    // The organisation every source names is no such word: "with ITU" is still said by the ITU release.
    const mou = answerQuestion(
      'who signed the 2012 mou with ITU on preparing the conference for korea?',
      index,
    );
    assert.match(mou.found ? (mou.passages[0]?.passage.text ?? '') : '', /Kye-Cheol Lee/);
  });

  it('reads a country or its people named only in a cited source\'s name ("korea.net") as who tells it, not the thing asked, unless the line names that source', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('How many delegates did the Korean delegation send to PP-14?', index);
    assert.equal(r.found, false, r.found ? r.passages[0]?.passage.text : '');
    // Named by the line, even where the clause read sets it aside, the source is asked of.
    const named = answerQuestion(
      'korea.net says 71 resolutions were adopted, is that the right count?',
      index,
    );
    assert.match(named.found ? (named.passages[0]?.passage.text ?? '') : named.reason, /71/);
  });
});
