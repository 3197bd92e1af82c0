import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CountryNames, countryNames, LIBRARY_COUNTRIES } from '../../src/search/countries.ts';
import { escapeRegExp } from '../../src/search/text.ts';
import { propertyRuns } from '../property-runs.ts';

/** As for PP-14: the library's names plus the corpus's groups (vocabulary.yml `countries:`). */
const countries = new CountryNames(['Arab States', 'Korea', 'CITEL']);

describe('namesCountry', () => {
  it("finds the library's countries and the corpus's groups as a text writes them, whole words only", () => {
    assert.equal(countries.namesCountry('Proposed by: the Republic of Korea.'), true);
    assert.equal(countries.namesCountry('the Arab States, backed by Russia'), true);
    assert.equal(countries.namesCountry('CITEL agreed 46 proposals'), true);
    assert.equal(countries.namesCountry('Indianapolis hosted nothing'), false);
    // Case matters in prose: "chad" the word is not Chad the country.
    assert.equal(countries.namesCountry('a hanging chad'), false);
  });

  it("knows a corpus's groups only when the corpus gives them", () => {
    assert.equal(LIBRARY_COUNTRIES.namesCountry('CITEL agreed 46 proposals'), false);
    assert.equal(LIBRARY_COUNTRIES.namesCountry('Backed by the United Kingdom and the USA'), true);
  });

  it('ignores the countries it is told to, so a question naming India is not answered by India', () => {
    const asked = countries.countriesIn("which country opposed india's proposal");
    assert.equal(countries.namesCountry("India's proposal was discussed.", asked), false);
    assert.equal(countries.namesCountry('New Zealand raised concerns about India’s proposal.', asked), true);
  });
});

describe('countriesIn', () => {
  it('reads the countries of a question in any case', () => {
    assert.deepEqual([...countries.countriesIn('did brazil and the USA agree?')], ['brazil', 'usa']);
    assert.deepEqual([...countries.countriesIn('what is OTT?')], []);
  });
  // What countriesIn stands for: every name, in any case, as a whole word (it reads ASCII text otherwise).
  const extra = ['Arab States', 'Korea', 'CITEL'];
  const pattern = new RegExp(
    `(?<![\\p{L}])(?:${countryNames(extra).map(escapeRegExp).join('|')})(?![\\p{L}])`,
    'giu',
  );
  const byPattern = (text: string) => [
    ...new Set([...text.matchAll(pattern)].map((m) => m[0].toLowerCase())),
  ];

  it('agrees with the pattern on every question line of the fixtures, and on each of their words', () => {
    const dir = new URL('../fixtures/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('-questions.jsonl'))) {
      const lines = readFileSync(new URL(file, dir), 'utf8').trim().split('\n');
      for (const line of lines.map((l) => JSON.parse(l).line as string)) {
        assert.deepEqual([...countries.countriesIn(line)], byPattern(line), line);
        for (const word of line.split(/\s+/))
          assert.deepEqual([...countries.countriesIn(word)], byPattern(word));
      }
    }
  });

  it('agrees with the pattern on generated text', () => {
    const piece = fc.constantFrom(
      ...['india', 'INDIA', 'Niger', 'nigeria', 'korea', 'south korea', 'UK', 'uk', 'usa', 'arab states'],
      ...['Guinea-Bissau', 'guinea', 'chad', ' ', ',', "'s", '-', 'x', '1', 'é', 'Åland Islands', 'aland'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual([...countries.countriesIn(text)], byPattern(text), text);
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('reads a nationality, in any case, as its country (i18n-nationality), and nothing else as one', () => {
    assert.deepEqual(LIBRARY_COUNTRIES.countriesOfNationality('british'), [
      'United Kingdom',
      'UK',
      'Great Britain',
    ]);
    assert.deepEqual(LIBRARY_COUNTRIES.countriesOfNationality('French'), ['France']);
    assert.equal(LIBRARY_COUNTRIES.countriesOfNationality('dude'), undefined);
    assert.equal(LIBRARY_COUNTRIES.countriesOfNationality('the'), undefined);
  });
});
