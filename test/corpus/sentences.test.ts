import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readCitedText, tidy } from '../../src/corpus/citations.ts';
import { splitSentences } from '../../src/corpus/sentences.ts';

describe('splitSentences', () => {
  it('does not end sentences at abbreviations, initials or decimals', () => {
    assert.deepEqual(
      splitSentences(
        'Res. 174 was revised. The U.S. delegation agreed, e.g. on 2.5 points. Dr. Hoballah chaired.',
      ),
      ['Res. 174 was revised.', 'The U.S. delegation agreed, e.g. on 2.5 points.', 'Dr. Hoballah chaired.'],
    );
  });

  it('keeps a citation marker after the full stop with its sentence', () => {
    assert.deepEqual(splitSentences('One thing. [@a] Another thing. [@b]'), [
      'One thing. [@a]',
      'Another thing. [@b]',
    ]);
  });

  it('ends sentences at question and exclamation marks and closing quotes', () => {
    assert.deepEqual(splitSentences('Was it "withdrawn?" Yes! It was.'), [
      'Was it "withdrawn?"',
      'Yes!',
      'It was.',
    ]);
  });

  it('never loses or adds text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const squash = (s: string) => s.replace(/\s+/g, '');
        assert.equal(splitSentences(text).map(squash).join(''), squash(text));
      }),
    );
  });
});

describe('readCitedText', () => {
  it('lets one marker cite the uncited sentences before it, but not past an earlier marker', () => {
    const { sentences } = readCitedText('A one. A two. [@x] B one. [@y]');
    assert.deepEqual(
      sentences.map((s) => [s.text, s.citations]),
      [
        ['A one.', ['x']],
        ['A two.', ['x']],
        ['B one.', ['y']],
      ],
    );
  });

  it('reads several ids in one marker', () => {
    assert.deepEqual(readCitedText('Both say so. [@a; @b-c]').sentences[0]?.citations, ['a', 'b-c']);
  });

  it('reports malformed markers and leaves the sentence uncited', () => {
    const { sentences, malformed } = readCitedText('Claim. [@Bad Id]');
    assert.deepEqual(malformed, ['[@Bad Id]']);
    assert.deepEqual(sentences[0]?.citations, []);
  });

  it('leaves sentences after the last marker uncited, so the checker can report them', () => {
    const { sentences } = readCitedText('Cited. [@a] Not cited.');
    assert.deepEqual(sentences[1]?.citations, []);
  });
});

describe('tidy', () => {
  it('removes Markdown links, emphasis and code marks that chat would show literally', () => {
    assert.equal(tidy('See **the** [report](https://x.org) and `code` .'), 'See the report and code.');
  });
});

describe('tidy with its fast paths', () => {
  /** tidy as it was before its passes were skipped when they cannot match: what it must still give. */
  const everyPass = (text: string) =>
    text
      .replace(/\[([^\]]+)\]\((?:[^)]+)\)/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/\s+([.,;:!?])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
  // Text made of the characters the passes and markers are about, so that they often match.
  const markdown = fc
    .array(
      fc.constantFrom(
        ...['a', 'B', ' ', '  ', '.', '?', ';', '[', ']', '(', ')', '*', '**', '_', '__', '`', '@', '\n'],
        ...['[@a]', '[@a; @b]', '[?]', '[only]', '[x](u)', 'Res. ', 'U.S. '],
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''));

  it('tidy gives what running every pass gives', () => {
    fc.assert(
      fc.property(fc.oneof(markdown, fc.string({ maxLength: 80 })), (text) => {
        assert.equal(tidy(text), everyPass(text));
      }),
      { numRuns: 2000 },
    );
  });
});
