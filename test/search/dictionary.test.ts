import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isEnglishWord } from '../../src/search/dictionary.ts';
import { contextFor } from '../helpers.ts';

describe('spelling correction', () => {
  it('never corrects a dictionary word into a corpus word, and still reads a slip as the corpus word', async () => {
    const { index } = await contextFor();
    assert.equal(isEnglishWord('coffee'), true);
    assert.equal(isEnglishWord('flihgt'), false);
    const [coffee] = index.weigh('coffee').concepts;
    assert.deepEqual(coffee?.alternatives, ['coffe']);
    const [flight] = index.weigh('flihgt').concepts;
    assert.ok(flight?.alternatives.includes('flight'), JSON.stringify(flight));
  });

  it('offers no closest match for a dictionary word or chat shorthand the corpus lacks', async () => {
    const { index } = await contextFor();
    for (const line of ['coffee', 'brb', 'constructor']) {
      assert.deepEqual(
        index.searchEntries(line, { loose: true }).map((h) => h.entry.id),
        [],
        line,
      );
    }
  });
});
