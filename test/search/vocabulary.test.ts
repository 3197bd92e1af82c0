import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { osaDistance } from '../../src/search/distance.ts';
import { isStopWordTypo, spelledOutAcronyms } from '../../src/search/vocabulary.ts';
import { contextFor } from '../helpers.ts';

describe('spelledOutAcronyms', () => {
  it('pairs an acronym with the capitalised words it abbreviates', () => {
    assert.deepEqual(spelledOutAcronyms('the Radio Regulations Board (RRB) for 2015-2018'), [
      ['rrb', ['radio', 'regul', 'board']],
    ]);
    assert.deepEqual(spelledOutAcronyms('International Telecommunication Regulations (ITRs)')[0]?.[0], 'itr');
    assert.deepEqual(spelledOutAcronyms('Over-the-top (OTT) services')[0]?.[0], 'ott');
  });

  it('ignores brackets that are not acronyms of the words before them', () => {
    assert.deepEqual(spelledOutAcronyms('Resolution 174 (Rev. Busan, 2014)'), []);
    assert.deepEqual(spelledOutAcronyms('his home country (China)'), []);
  });
});

describe('osaDistance', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    assert.equal(osaDistance('flihgt', 'flight'), 1);
    assert.equal(osaDistance('secretery', 'secretary'), 1);
    assert.equal(osaDistance('abc', 'xyz', 1), 2);
  });
});

describe('Vocabulary through the index', () => {
  it('corrects a misspelt word to the corpus word, expands acronyms, and knows its people', async () => {
    const { index } = await contextFor();
    const [flight] = index.weigh('flihgt').concepts;
    assert.equal(flight?.alternatives[0], 'flight');
    assert.equal(flight?.known, true);
    assert.ok(index.weigh('RRB').concepts[0]?.alternatives.includes('regul'));
    assert.equal(index.namesPerson('Houlin Zhao was elected.'), true);
    assert.equal(index.namesPerson('The conference ended.'), false);
  });

  it('treats a typo of a filler word as filler, not as an unknown topic', () => {
    assert.equal(isStopWordTypo('whne'), true);
    assert.equal(isStopWordTypo('happend'), true);
    assert.equal(isStopWordTypo('pizza'), false);
  });

  it('drops chat shorthand the corpus lacks ("sry", "brb"), but keeps English words and slips of corpus words', async () => {
    const { index } = await contextFor();
    const words = (line: string) => index.weigh(line).concepts.map((c) => c.word);
    assert.deepEqual(words('sry brb'), []);
    assert.ok(words('sry football').includes('football'), 'a dictionary word is a topic the corpus lacks');
    assert.ok(words('flihgt').includes('flihgt'), 'a slip of a corpus word is corrected, not dropped');
  });
});
