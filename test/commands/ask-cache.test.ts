import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dispatch } from '../../src/commands/dispatch.ts';
import { DEFAULT_CORPUS_DIR } from '../../src/config.ts';
import { loadCorpusOrThrow } from '../../src/corpus/load.ts';
import { silentLogger } from '../../src/log.ts';
import { createContext } from '../../src/registry/registry.ts';

describe('/ask answer cache', () => {
  it('answers a repeated question from the cache, with the same reply, and a new context starts empty', async () => {
    const ctx = createContext(await loadCorpusOrThrow(DEFAULT_CORPUS_DIR));
    const ask = (line: string) => dispatch(line, { ctx, logger: silentLogger });
    const first = await ask('/ask who won the TSB race?');
    const again = await ask('/ask  who won the TSB race? ');
    assert.equal(again.answer, first.answer);
    assert.deepEqual(ctx.answers?.stats(), { hits: 1, misses: 1, clears: 0, size: 1 });
    // A reload builds a new context: nothing carries over.
    const reloaded = createContext(ctx.corpus, { index: ctx.index });
    assert.equal(reloaded.answers?.stats().size, 0);
  });
});
