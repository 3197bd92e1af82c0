import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  isCalendarWord,
  isoDay,
  nameWords,
  normalize,
  normalizeUnicode,
  ordinalOf,
  processTerm,
  spelledNumber,
  spellMonths,
  terms,
  tokenize,
} from '../../src/search/text.ts';
import { propertyRuns } from '../property-runs.ts';

describe('processTerm', () => {
  it('gives irregular verb forms the term of their base, so "leave" finds "left" and "won" finds "winning"', () => {
    assert.equal(processTerm('left'), processTerm('leave'));
    assert.equal(processTerm('won'), processTerm('winning'));
    assert.equal(processTerm('held'), processTerm('holding'));
    assert.equal(processTerm('withdrew'), processTerm('withdraw'));
  });

  it('drops stop words and single letters, keeps numbers, stems the rest', () => {
    assert.equal(processTerm('the'), undefined);
    assert.equal(processTerm('x'), undefined);
    assert.equal(processTerm('2014'), '2014');
    assert.equal(processTerm('negotiations'), processTerm('negotiated'));
  });
});

describe('terms', () => {
  it('reads a sentence into the terms of its content words', () => {
    assert.deepEqual(terms('Many ministers left after the first week'), [
      processTerm('ministers'),
      processTerm('leave'),
      processTerm('first'),
      processTerm('week'),
    ]);
  });
});

describe('tokenize', () => {
  /** The Unicode definition, which the ASCII fast path must agree with. */
  const byPattern = (text: string) =>
    normalizeUnicode(text)
      .split(/[^\p{L}\p{N}']+/u)
      .map((t) => t.replace(/'s$/, '').replace(/'/g, ''))
      .filter((t) => t !== '');

  it('gives ASCII and other text, through its fast path, the tokens of the Unicode split', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('a', 'Z', 's', '7', ',', ' ', '`', "'", '-', '.', '\u00a0', 'é', '’', 'İ', '𝐀'),
        fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
      ),
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, (t) => {
        assert.deepEqual(tokenize(t), byPattern(t));
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  it("keeps words and numbers whole and drops a possessive 's", () => {
    assert.deepEqual(tokenize("Korea's IPv6 plan, 2,505 delegates' votes"), [
      'korea',
      'ipv6',
      'plan',
      '2505',
      'delegates',
      'votes',
    ]);
  });
});

describe('normalize', () => {
  it('gives ASCII text, through its fast path, what the Unicode passes give', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('a', 'Z', '7', '0', ',', ' ', '`', "'", '-', '.', '\u00a0', '\u202f', 'é', '’', 'İ'),
        fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
      ),
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, (t) => {
        assert.equal(normalize(t), normalizeUnicode(t));
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('lower-cases, folds quotes and accents, and joins digit groups', () => {
    assert.equal(normalize('2,505 `Busan` Delegates'), "2505 'busan' delegates");
    assert.equal(normalize('Çavuşoğlu’s 2,505'), "cavusoglu's 2505");
  });
});

describe('spellMonths', () => {
  it('writes out an abbreviated month beside a number, and leaves other words alone', () => {
    assert.equal(spellMonths('noted first on 6 Nov?'), 'noted first on 6 November?');
    assert.equal(spellMonths('Nov. 6 2014'), 'November 6 2014');
    assert.equal(spellMonths('the 3rd Sept'), 'the 3rd September');
    assert.equal(spellMonths('in Oct 2014'), 'in October 2014');
    assert.equal(spellMonths('May 5'), 'May 5');
    assert.equal(spellMonths('Res 179 and Doc 84'), 'Res 179 and Doc 84');
    assert.equal(spellMonths('nov alone'), 'nov alone');
  });
});

describe('isCalendarWord', () => {
  it('knows month and weekday names, and nothing else', () => {
    for (const w of ['November', 'friday', 'May', 'SEPTEMBER']) assert.equal(isCalendarWord(w), true, w);
    for (const w of ['Busan', 'BEXCO', 'Nov', 'Seoul']) assert.equal(isCalendarWord(w), false, w);
  });
});

describe('ordinalOf', () => {
  it('gives the ordinal of one to twelve in digits or words, and leaves other numbers as they are', () => {
    assert.equal(ordinalOf('4'), 'fourth');
    assert.equal(ordinalOf('one'), 'first');
    assert.equal(ordinalOf('Twelve'), 'twelfth');
    for (const n of ['0', '13', '48']) assert.equal(ordinalOf(n), n);
  });
});

describe('spelledNumber', () => {
  it('spells two to twelve as prose writes them, and leaves one, zero and bigger numbers alone', () => {
    assert.equal(spelledNumber('2'), 'two');
    assert.equal(spelledNumber('5'), 'five');
    assert.equal(spelledNumber('12'), 'twelve');
    for (const n of ['1', '0', '13', '48', '02', 'two', '']) assert.equal(spelledNumber(n), undefined, n);
  });
});

describe('nameWords and isoDay', () => {
  it('splits at anything but a letter or digit, lower-case, as entry names are matched', () => {
    assert.deepEqual(nameWords("PP-14 closed; Korea's side"), ['pp', '14', 'closed', 'korea', 's', 'side']);
  });

  it('writes a day, a month name and a year as an ISO date, and no date for no month', () => {
    assert.equal(isoDay('7', 'November', '2014'), '2014-11-07');
    assert.equal(isoDay('19', 'october', '2014'), '2014-10-19');
    assert.equal(isoDay('7', 'Nov', '2014'), undefined);
  });
});
