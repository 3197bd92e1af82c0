import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextFor } from '../helpers.ts';

describe('weighing a question', () => {
  it('drops a word the corpus lacks that measures what follows ("a couple of"), and keeps it elsewhere', async () => {
    const { index } = await contextFor();
    const words = (line: string) => index.weigh(line).concepts.map((c) => c.word);
    assert.deepEqual(words('a couple of candidates'), ['candidates']);
    assert.ok(words('the couple who attended').includes('couple'));
    // A corpus noun in that place is what is asked: "a group of countries".
    assert.ok(words('a group of countries').includes('group'));
  });
});
