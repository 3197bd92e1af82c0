import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readCitedText } from '../../src/corpus/citations.ts';
import { loadCorpusOrThrow } from '../../src/corpus/load.ts';
import { shortPublisher } from '../../src/corpus/short-name.ts';
import type { Entry } from '../../src/corpus/types.ts';
import { ROOT } from '../helpers.ts';

const MARKED = join(ROOT, 'test', 'fixtures', 'marked-corpus');

describe('the [only] marker', () => {
  it('becomes singleSource on the sentence and leaves its text', () => {
    const { sentences, onlyMisused } = readCitedText(
      'The review clause was added. [only] [@example-dispatch] Norway agreed. [@example-society]',
    );
    assert.deepEqual(sentences, [
      { text: 'The review clause was added.', citations: ['example-dispatch'], singleSource: true },
      { text: 'Norway agreed.', citations: ['example-society'] },
    ]);
    assert.deepEqual(onlyMisused, []);
  });

  it('is reported when the sentence cites more or fewer than one source', () => {
    assert.deepEqual(readCitedText('Added. [only] [@a; @b]').onlyMisused, [
      { text: 'Added.', citations: ['a', 'b'] },
    ]);
    assert.deepEqual(readCitedText('Added. [only]').onlyMisused, [{ text: 'Added.', citations: [] }]);
  });

  it('reaches passages and whole field values', async () => {
    const corpus = await loadCorpusOrThrow(MARKED);
    const passage = corpus.passages.find((p) => p.text.startsWith('The assembly added a review clause'));
    assert.equal(passage?.singleSource, true);
    assert.deepEqual(passage?.citations, ['example-dispatch']);
    const field = corpus.byId.get('harbour-fee')?.fields[0];
    assert.equal(field?.value, 'Norway, in a late proposal.');
    assert.equal(field?.singleSource, true);
    assert.ok(corpus.passages.some((p) => p.isField && p.singleSource));
    assert.ok(!corpus.passages.some((p) => p.text.includes('[only]')));
  });
});

describe('a resolution or decision without a title', () => {
  it('goes by its symbol, else "Decision N", flagged as not verified', async () => {
    const corpus = await loadCorpusOrThrow(MARKED);
    const res = corpus.byId.get('resolution-9');
    assert.equal(res?.title, 'Resolution 9 (Rev. Exampleville, 2030)');
    assert.equal(res?.titleUnverified, true);
    const dec = corpus.byId.get('decision-4');
    assert.equal(dec?.title, 'Decision 4');
    assert.equal(dec?.titleUnverified, true);
    assert.equal(corpus.byId.get('harbour-fee')?.titleUnverified, undefined);
  });
});

describe('a disputed outcome', () => {
  it('keeps what each source says, in order', async () => {
    const corpus = await loadCorpusOrThrow(MARKED);
    const outcome = corpus.byId.get('harbour-fee');
    assert.equal(outcome?.status, 'disputed');
    assert.deepEqual(outcome?.statuses, [
      { source: 'example-dispatch', status: 'withdrawn', says: 'withdrawn' },
      { source: 'example-society', status: 'not-agreed', says: 'not accepted' },
      { source: 'example-report', status: 'not-agreed' },
    ]);
  });
});

describe('shortPublisher', () => {
  const source = (fields: Partial<Entry>): Entry =>
    ({ id: 's', kind: 'source', title: 'A title', ...fields }) as Entry;

  it('prefers the short field, then a bracketed acronym, then the author, then the publisher', () => {
    assert.equal(shortPublisher(source({ short: 'ExSoc', publisher: 'Example Society (ES)' })), 'ExSoc');
    assert.equal(
      shortPublisher(source({ publisher: 'New America, Open Technology Institute (OTI)', author: 'A B' })),
      'OTI',
    );
    assert.equal(
      shortPublisher(source({ publisher: 'Internet Society (ISOC)', author: 'Sally Wentworth' })),
      'ISOC',
    );
    assert.equal(
      shortPublisher(source({ publisher: 'Internet Democracy Project', author: 'Anja Kovacs' })),
      'Kovacs',
    );
    assert.equal(shortPublisher(source({ publisher: 'Wings Magazine, online' })), 'Wings Magazine');
    assert.equal(shortPublisher(source({ publisher: 'Busan Haps (blog)' })), 'Busan Haps');
  });
});
