import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { AnswerCache, normalizeLine } from '../../src/search/answer-cache.ts';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('AnswerCache', () => {
  it('replays an answer for the same line and corpus version, and counts hits and misses', () => {
    const cache = new AnswerCache<{ text: string }>();
    let computed = 0;
    const compute = () => ({ text: `answer ${++computed}` });
    const first = cache.getOrCompute('/ask who won?', 'v1', compute);
    const again = cache.getOrCompute('/ask who won?', 'v1', compute);
    assert.equal(computed, 1);
    assert.equal(again, first);
    assert.deepEqual(cache.stats(), { hits: 1, misses: 1, clears: 0, size: 1 });
  });

  it('treats lines differing only in spacing or Unicode composition as one question', () => {
    const cache = new AnswerCache<string>();
    cache.set('  /ask  who   was elected\tin Busan ', 'v1', 'x');
    assert.equal(cache.get('/ask who was elected in Busan', 'v1'), 'x');
    cache.set('/ask Çavuşoğlu', 'v1', 'y');
    assert.equal(cache.get('/ask C\u0327avus\u0327og\u0306lu'.normalize('NFD'), 'v1'), 'y');
  });

  it('keeps case and punctuation apart: "US" and "us" may be different questions', () => {
    const cache = new AnswerCache<string>();
    cache.set('/ask what did the US propose', 'v1', 'country');
    assert.equal(cache.get('/ask what did the us propose', 'v1'), undefined);
    assert.equal(cache.get('/ask what did the US propose?', 'v1'), undefined);
  });

  it('empties itself when asked with another corpus version, so no answer outlives a reload', () => {
    const cache = new AnswerCache<string>();
    cache.set('/ask a', 'v1', 'old');
    cache.set('/ask b', 'v1', 'old');
    assert.equal(cache.get('/ask a', 'v2'), undefined);
    assert.equal(cache.stats().size, 0);
    assert.equal(cache.stats().clears, 1);
    cache.set('/ask a', 'v2', 'new');
    assert.equal(cache.get('/ask a', 'v2'), 'new');
    // Going back to the old version does not bring its answers back.
    assert.equal(cache.get('/ask b', 'v1'), undefined);
  });

  it('drops the least recently asked line beyond its bound', () => {
    const cache = new AnswerCache<string>({ max: 2 });
    cache.set('a', 1, 'A');
    cache.set('b', 1, 'B');
    assert.equal(cache.get('a', 1), 'A');
    cache.set('c', 1, 'C');
    assert.equal(cache.get('b', 1), undefined);
    assert.equal(cache.get('a', 1), 'A');
    assert.equal(cache.get('c', 1), 'C');
  });

  it('caches nothing when computing the answer throws', () => {
    const cache = new AnswerCache<string>();
    assert.throws(() =>
      cache.getOrCompute('/ask x', 1, () => {
        throw new Error('timeout');
      }),
    );
    assert.equal(
      cache.getOrCompute('/ask x', 1, () => 'fine'),
      'fine',
    );
  });

  it('normalises idempotently, and never merges lines whose words differ', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        assert.equal(normalizeLine(normalizeLine(a)), normalizeLine(a));
        const words = (s: string) => s.normalize('NFC').split(/\s+/u).filter(Boolean);
        if (normalizeLine(a) === normalizeLine(b)) assert.deepEqual(words(a), words(b));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the answer the pipeline gives, for a real question on a real corpus', async () => {
    const { index } = await contextFor();
    const cache = new AnswerCache<ReturnType<typeof answerQuestion>>();
    const line = 'who was elected secretary-general';
    const direct = answerQuestion(line, index);
    const cached = cache.getOrCompute(line, 'v1', () => answerQuestion(line, index));
    assert.deepEqual(
      cache.getOrCompute(line, 'v1', () => assert.fail('recomputed')),
      cached,
    );
    assert.deepEqual(cached, direct);
  });
});
