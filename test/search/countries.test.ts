import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countriesIn, namesCountry } from '../../src/search/countries.ts';

describe('namesCountry', () => {
  it('finds countries and regional groups as the corpus writes them, whole words only', () => {
    assert.equal(namesCountry('Proposed by: the Republic of Korea.'), true);
    assert.equal(namesCountry('the Arab States, backed by Russia'), true);
    assert.equal(namesCountry('Indianapolis hosted nothing'), false);
    // Case matters in prose: "chad" the word is not Chad the country.
    assert.equal(namesCountry('a hanging chad'), false);
  });

  it('ignores the countries it is told to, so a question naming India is not answered by India', () => {
    const asked = countriesIn("which country opposed india's proposal");
    assert.equal(namesCountry("India's proposal was discussed.", asked), false);
    assert.equal(namesCountry('New Zealand raised concerns about India’s proposal.', asked), true);
  });
});

describe('countriesIn', () => {
  it('reads the countries of a question in any case', () => {
    assert.deepEqual([...countriesIn('did brazil and the USA agree?')], ['brazil', 'usa']);
    assert.deepEqual([...countriesIn('what is OTT?')], []);
  });
});
