import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { tokenize } from '../../src/search/text.ts';
import { contextFor } from '../helpers.ts';

describe('SearchIndex.mentions', async () => {
  const { corpus, index } = await contextFor();
  // The names as the index reads them, and a scan of them all: what the lookup by first word replaced.
  const names = corpus.entries
    .filter((e) => e.kind !== 'source')
    .flatMap((e) => [e.title, ...e.aliases].map((n) => ({ phrase: tokenize(n).join(' '), entryId: e.id })))
    .filter(({ phrase }) => phrase.length >= 3);
  const scan = (text: string) => {
    const words = ` ${tokenize(text).join(' ')} `;
    const out = new Set<string>();
    for (const { phrase, entryId } of names) if (words.includes(` ${phrase} `)) out.add(entryId);
    return [...out];
  };
  const vocabulary = [...new Set(names.flatMap((n) => n.phrase.split(' ')))];

  it('finds the entries a question names, as a scan of every name does, in the same order', () => {
    const named = names.find((n) => n.phrase.includes(' '));
    assert.ok(named);
    assert.ok(index.mentions(`what came of the ${named.phrase}?`).has(named.entryId));
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...vocabulary),
            fc.constantFrom(...names.map((n) => n.phrase)),
            fc.constantFrom('what', 'about', 'the', 'and', 'of', 'resolution', '2014', '?', ','),
          ),
          { maxLength: 14 },
        ),
        (parts) => {
          const text = parts.join(' ');
          assert.deepEqual([...index.mentions(text)], scan(text));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('finds nothing in a text naming no entry', () => {
    assert.equal(index.mentions('zzz qqq').size, 0);
    assert.equal(index.mentions('').size, 0);
  });
});
