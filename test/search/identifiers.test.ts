import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findTextRefs, formatTextRef, parseTextRef } from '../../src/search/identifiers.ts';

describe('parseTextRef', () => {
  const r174 = { kind: 'resolution', number: 174 };
  for (const input of [
    '174',
    'Res. 174',
    'R174',
    'r174',
    'res174',
    'resolution 174',
    'Resolution 174 (Rev. Busan, 2014)',
    '#174',
    'Resolution No. 174',
    '  RESOLUTION   174  ',
    '174.',
    'Res 174?',
  ]) {
    it(`reads "${input}" as Resolution 174`, () => assert.deepEqual(parseTextRef(input), r174));
  }

  it('reads decisions: "decision 5", "Dec. 5", "D5"', () => {
    for (const input of ['decision 5', 'Dec. 5', 'D5', 'Decision 5 (Rev. Busan, 2014)']) {
      assert.deepEqual(parseTextRef(input), { kind: 'decision', number: 5 }, input);
    }
  });

  it('reads entry ids and kind words typed with a slip: "resolution-201", "resoultion 177", "decison 5"', () => {
    assert.deepEqual(parseTextRef('resolution-201'), { kind: 'resolution', number: 201 });
    assert.deepEqual(parseTextRef('resoultion 177'), { kind: 'resolution', number: 177 });
    assert.deepEqual(parseTextRef('Reslution 130'), { kind: 'resolution', number: 130 });
    assert.deepEqual(parseTextRef('decison 5'), { kind: 'decision', number: 5 });
    // Three slips, or a different word, are not a kind word.
    assert.equal(parseTextRef('revolution 174'), undefined);
    assert.equal(parseTextRef('precision 5'), undefined);
  });

  it('rejects what is not a reference', () => {
    for (const input of ['', 'abc', 'zero', '0', '1234567', '12.5', '-3', 'resolution', 'foo 174', '🎉']) {
      assert.equal(parseTextRef(input), undefined, input);
    }
  });

  it('reads every written form of any number back to that number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.constantFrom('', 'Res. ', 'R', 'resolution ', 'Resolution No. '),
        (n, prefix) => {
          assert.deepEqual(parseTextRef(`${prefix}${n}`), { kind: 'resolution', number: n });
        },
      ),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => void parseTextRef(s)));
  });
});

describe('findTextRefs', () => {
  it('reads a bare number the revision mark designates as a resolution ("whats 174 called again (rev busan)")', () => {
    assert.deepEqual(findTextRefs('whats 174 called again (rev busan)'), [
      { kind: 'resolution', number: 174 },
    ]);
    assert.deepEqual(findTextRefs('What is Decision 5 (Rev. Busan, 2014) about?'), [
      { kind: 'decision', number: 5 },
    ]);
    assert.deepEqual(findTextRefs('how many votes, 2014 in busan'), []);
  });

  it('finds explicit references in a question, once each', () => {
    assert.deepEqual(findTextRefs('Is resolution 102 like Res. 130, R174 or res 102? And decision 5?'), [
      { kind: 'resolution', number: 102 },
      { kind: 'resolution', number: 130 },
      { kind: 'resolution', number: 174 },
      { kind: 'decision', number: 5 },
    ]);
  });

  it('finds references whose kind word has a slip, and not other numbered things', () => {
    assert.deepEqual(findTextRefs('remind me what resoultion 177 covers, and committee 5?'), [
      { kind: 'resolution', number: 177 },
    ]);
  });

  it('ignores bare numbers and a lone "r" before a number', () => {
    assert.deepEqual(findTextRefs('In 2014 there were 2,500 delegates, r 2014'), []);
  });
});

describe('formatTextRef', () => {
  it('writes the reference as replies show it', () => {
    assert.equal(formatTextRef({ kind: 'decision', number: 5 }), 'Decision 5');
  });
});
