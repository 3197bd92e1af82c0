import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { askedWithMark } from '../../src/search/asked-clause.ts';
import { clausesOf } from '../../src/search/clauses.ts';
import { escapeRegExp } from '../../src/search/text.ts';
import { propertyRuns } from '../property-runs.ts';

/** The pattern askedWithMark stands for: the clause as written, or, rewritten, its last word. */
const byPattern = (line: string, clause: string): boolean => {
  if (line.includes(clause)) return new RegExp(`${escapeRegExp(clause)}\\W*\\?`).test(line);
  const tail = /\S+$/.exec(clause.trimEnd())?.[0];
  return tail !== undefined && tail !== clause && byPattern(line, tail);
};

describe('askedWithMark', () => {
  it('finds a clause followed by a question mark past non-word characters only', () => {
    assert.equal(askedWithMark('who won in 2014 ?? thanks', 'who won in 2014'), true);
    assert.equal(askedWithMark('who won in 2014 :)?', 'who won in 2014'), true);
    assert.equal(askedWithMark('who won in 2014 ok?', 'who won in 2014'), false);
    assert.equal(askedWithMark('who won_? who won?', 'who won'), true);
    assert.equal(askedWithMark('who won', 'who won'), false);
  });

  it('finds a clause rewritten from chat by how it ends, where its question mark stands', () => {
    const line = 'connect2020 - % of ppl online target?? 🙏';
    const [, asked] = clausesOf(line);
    assert.equal(asked, 'percentage of ppl online target');
    assert.equal(askedWithMark(line, asked), true);
    assert.equal(askedWithMark('connect2020 - % of ppl online target. ok', asked), false);
  });

  it('agrees with the pattern on every clause of the dev and own questions', () => {
    for (const file of ['dev-questions.jsonl', 'own-questions.jsonl']) {
      const lines = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')
        .trim()
        .split('\n');
      for (const line of lines.map((l) => JSON.parse(l).line as string))
        for (const clause of clausesOf(line))
          assert.equal(askedWithMark(line, clause), byPattern(line, clause), `${line} / ${clause}`);
    }
  });

  it('agrees with the pattern on generated lines and clauses', () => {
    const unit = fc.constantFrom('a', 'b', 'Z', '0', '_', ' ', '?', '!', '.', 'é', '\n', '’', '(', '*');
    const text = fc.array(unit, { maxLength: 12 }).map((u) => u.join(''));
    fc.assert(
      fc.property(text, text, text, (before, clause, after) => {
        const line = `${before}${clause}${after}`;
        assert.equal(askedWithMark(line, clause), byPattern(line, clause));
        // A clause not written in the line is found by its last word, as a rewritten one is.
        assert.equal(askedWithMark(after, clause), byPattern(after, clause));
      }),
      { numRuns: propertyRuns(3000) },
    );
  });
});
