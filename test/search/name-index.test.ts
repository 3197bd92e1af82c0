import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NameIndex } from '../../src/search/name-index.ts';
import { squash } from '../../src/search/text.ts';
import { contextFor } from '../helpers.ts';

describe('NameIndex', () => {
  it('finds the entries named exactly by an id, title, alias or number, and nothing by a part of one', async () => {
    const { corpus } = await contextFor();
    const names = new NameIndex(corpus.entries);
    const idOf = (name: string) => names.named(squash(name)).map((p) => corpus.entries[p]?.id);
    assert.ok(idOf('Houlin Zhao').includes('houlin-zhao'));
    assert.ok(idOf('resolution-174').includes('resolution-174'));
    assert.deepEqual(idOf('Houlin Zha'), []);
    assert.deepEqual(idOf('no such name at all'), []);
  });

  it('finds the entries with a name starting with what was typed, in corpus order, as a scan would', async () => {
    const { corpus } = await contextFor();
    const names = new NameIndex(corpus.entries);
    for (const typed of ['', 'r', 'res', 'resolution1', 'houlin', 'pp', 'zzz', '174']) {
      const scan = corpus.entries.flatMap((_, p) =>
        names.namesOf(p).some((n) => n.startsWith(typed)) ? [p] : [],
      );
      assert.deepEqual(names.startingWith(typed), scan, typed);
    }
  });
});
