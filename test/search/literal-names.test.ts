import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_CORPUS_DIR } from '../../src/config.ts';
import { loadCorpusOrThrow } from '../../src/corpus/load.ts';
import { countryNames } from '../../src/search/countries.ts';
import { LiteralNames } from '../../src/search/literal-names.ts';
import { escapeRegExp } from '../../src/search/text.ts';
import { propertyRuns } from '../property-runs.ts';

/** What LiteralNames stands in for: the pattern of the names, longest first, and its `matchAll`. */
function byPattern(names: readonly string[], text: string): string[] {
  const sorted = [...new Set(names)].filter((n) => n !== '').sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}])(?:${sorted.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

const corpus = await loadCorpusOrThrow(DEFAULT_CORPUS_DIR);
const extra = corpus.vocabulary?.countries ?? [];
const names = countryNames(extra);
const matcher = new LiteralNames(names);

describe('LiteralNames', () => {
  it('finds the country names of every PP-14 sentence as the pattern does, in the same order', () => {
    let found = 0;
    for (const p of corpus.passages) {
      for (const text of [p.text, p.context]) {
        const expected = byPattern(names, text);
        found += expected.length;
        assert.deepEqual([...matcher.matches(text)], expected, text);
      }
    }
    // The corpus names countries: the comparison is not of empty lists.
    assert.ok(found > 100, `${found} names`);
  });

  it('finds whole words only, the longest name that fits, and none inside a match', () => {
    const m = new LiteralNames(['Korea', 'Republic of Korea', 'U.S.', 'Niger', 'Nigeria', 'Korea Re']);
    assert.deepEqual([...m.matches('the Republic of Korea and Nigeria')], ['Republic of Korea', 'Nigeria']);
    assert.deepEqual([...m.matches('Koreans, U.S.A, U.S. and éNiger or Niger2')], ['U.S.', 'Niger']);
    // "Korea Re" fits but is followed by a letter: the shorter "Korea" is the match.
    assert.deepEqual([...m.matches('Korea Republic')], ['Korea']);
    assert.deepEqual([...m.matches('𝐀Niger Niger𝐀 Niger')], ['Niger']);
  });

  it('agrees with the pattern on generated names and texts (letters, accents, spaces, dots, astral)', () => {
    const unit = fc.constantFrom('a', 'b', 'A', 'B', 'é', ' ', '.', '-', '𝐀', '1');
    const name = fc.string({ unit, minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(name, { maxLength: 8 }), fc.string({ unit, maxLength: 30 }), (list, text) => {
        assert.deepEqual([...new LiteralNames(list).matches(text)], byPattern(list, text));
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});
