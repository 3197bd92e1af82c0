import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processTerm, queryConcepts, terms, tokenize } from '../../src/search/text.ts';
import { contextFor, MINI_CORPUS } from '../helpers.ts';

describe('term processing', () => {
  it('stems, drops stop words and keeps numbers and "ipv6" whole', () => {
    assert.deepEqual(terms('The negotiations on IPv6 and 2,505 delegates'), [
      'negoti',
      'ipv6',
      '2505',
      'deleg',
    ]);
  });

  it('folds accents and possessives', () => {
    assert.deepEqual(tokenize("Côte d'Ivoire's India’s"), ['cote', 'divoire', 'india']);
    assert.equal(processTerm('the'), undefined);
  });

  it("expands everyday words to the corpus words for the same thing, from the corpus's vocabulary.yml", async () => {
    const { index } = await contextFor();
    const [people] = queryConcepts('people', index.corpus.vocabulary?.synonyms);
    assert.ok(people?.alternatives.includes('deleg'));
  });

  it('marks a synonym phrase\'s leading word as standing for the word only inside the phrase ("member" of "member states")', () => {
    const [countries] = queryConcepts('countries', new Map([['countries', ['member states', 'states']]]));
    assert.deepEqual(countries?.alternatives, ['countri', 'member', 'state']);
    assert.deepEqual(countries?.inPhraseOnly, ['member']);
    const [vote] = queryConcepts('vote', new Map([['vote', ['ballot']]]));
    assert.equal(vote?.inPhraseOnly, undefined);
  });
});

describe('SearchIndex.searchEntries', () => {
  it('ranks the entry whose title or alias matches first', async () => {
    const { index } = await contextFor();
    assert.equal(index.searchEntries('illicit use of ICTs')[0]?.entry.id, 'resolution-174');
    assert.equal(index.searchEntries('IPv6')[0]?.entry.id, 'resolution-180');
  });

  it('tolerates typos', async () => {
    const { index } = await contextFor();
    assert.equal(index.searchEntries('cybersecurty treaty')[0]?.entry.id, 'cybersecurity-treaty');
    assert.equal(index.searchEntries('intrnet registry')[0]?.entry.id, 'internet-registry');
  });

  it('matches partial words by prefix', async () => {
    const { index } = await contextFor();
    const ids = index.searchEntries('interconn').map((h) => h.entry.id);
    assert.ok(ids.includes('interconnection'), ids.join(','));
  });

  it('filters by kind', async () => {
    const { index } = await contextFor();
    const hits = index.searchEntries('cybersecurity', { kinds: ['outcome'] });
    assert.ok(hits.length > 0 && hits.every((h) => h.entry.kind === 'outcome'));
  });

  it('reports how much of the query each hit covers', async () => {
    const { index } = await contextFor(MINI_CORPUS);
    const [hit] = index.searchEntries('undersea cables');
    assert.equal(hit?.entry.id, 'resolution-7');
    assert.equal(hit?.coverage, 1);
    assert.ok((index.searchEntries('undersea pizza')[0]?.coverage ?? 1) < 0.6);
  });
});

describe('SearchIndex.weigh', () => {
  it('weighs words the corpus lacks highest, and drops typos of filler words', async () => {
    const { index } = await contextFor(MINI_CORPUS);
    const concepts = index.weigh('whta happend to the zeppelin cables');
    assert.deepEqual(
      concepts.concepts.map((c) => [c.word, c.known]),
      [
        ['zeppelin', false],
        ['cables', true],
      ],
    );
    // A dictionary word the corpus lacks weighs above any corpus word; a made-up one weighs 1.
    assert.ok((concepts.concepts[0]?.weight ?? 0) > (concepts.concepts[1]?.weight ?? 1));
    assert.equal(index.weigh('zorblax cables').concepts[0]?.weight, 1);
  });
});

describe('SearchIndex.entriesNamed', () => {
  it('names entries by title or alias, and through a word the vocabulary spells out one way ("deputy sg")', async () => {
    const { index } = await contextFor();
    assert.deepEqual(index.entriesNamed('deputy secretary general'), ['malcolm-johnson']);
    assert.deepEqual(index.entriesNamed('deputy sg'), ['malcolm-johnson']);
    assert.deepEqual(index.entriesNamed('no such name'), []);
  });
});
