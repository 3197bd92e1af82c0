import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closeWord, postsOf, postWords, sameWords } from '../../src/commands/person-posts.ts';
import { contextFor } from '../helpers.ts';

describe('person posts', () => {
  it('names a post by the person\'s own name that the "Elected" field begins with', async () => {
    const ctx = await contextFor();
    const zhao = ctx.corpus.entries.find((e) => e.kind === 'person' && /Zhao/.test(e.title));
    assert.ok(zhao, 'the bundled corpus has Houlin Zhao');
    const posts = postsOf(zhao, ctx);
    assert.deepEqual(
      posts.map((p) => p.name),
      ['Secretary-General'],
    );
  });

  it("drops filler and the conference's own names from a post's words", async () => {
    const ctx = await contextFor();
    assert.deepEqual(postWords('the new PP-14 Secretary-General', ctx), ['secretary', 'general']);
  });

  it('compares words in any order, and an empty list matches nothing', () => {
    assert.ok(sameWords(['tsb', 'director'], ['director', 'tsb']));
    assert.ok(!sameWords([], []));
    assert.ok(!sameWords(['tsb'], ['tsb', 'director']));
  });

  it("takes a word's start or one slip as the name word, but not a short different word", () => {
    assert.ok(closeWord('chae', 'chaesub'));
    assert.ok(closeWord('jonson', 'johnson'));
    assert.ok(!closeWord('lee', 'lea'));
    assert.ok(!closeWord('zhou', 'zhang'));
  });
});
