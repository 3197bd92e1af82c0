import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { makeAnswer } from '../../src/answer.ts';
import { toJson } from '../../src/render/json.ts';
import { formatCitation, renderText } from '../../src/render/text.ts';

const answer = makeAnswer({
  ok: true,
  command: 'search',
  title: 'Results for "ipv6"',
  body: ['Intro with **emphasis**.'],
  fields: [{ label: 'Status', value: 'Revised' }],
  items: [
    { group: 'Resolutions', label: 'Resolution 180', detail: 'On **IPv6**', command: '/resolution 180' },
    { group: 'Resolutions', label: 'Resolution 101', detail: 'IP networks', command: '/resolution 101' },
  ],
  citations: [
    { id: 's', title: 'Final Dispatch', publisher: 'OTI', date: '2014-11-10', url: 'https://x.org' },
  ],
  related: [{ id: 'r', title: 'R', command: '/topic r' }],
  page: { page: 1, pages: 2, next: '/search ipv6 --page 2' },
  suggestions: ['/search ipv6 --page 2'],
});

describe('renderText', () => {
  it('renders title, fields, body, grouped items, paging, source, related, in that order', () => {
    const text = renderText(answer);
    const order = [
      'Results for',
      'Status: Revised',
      'Intro with emphasis.',
      'Resolutions:',
      '• Resolution 180 - On IPv6  (/resolution 180)',
      'Page 1 of 2',
      'Source:',
      'Related: /topic r',
    ];
    let at = -1;
    for (const part of order) {
      const next = text.indexOf(part);
      assert.ok(next > at, `"${part}" should come after the previous part in:\n${text}`);
      at = next;
    }
    assert.equal(text.match(/Resolutions:/g)?.length, 1, 'a group heading appears once');
    assert.doesNotMatch(
      text,
      /See also: \/search ipv6 --page 2/,
      'the next page is not repeated as a suggestion',
    );
  });

  it('uses ANSI bold only when colour is on', () => {
    assert.ok(!renderText(answer).includes('\u001b'));
    assert.ok(renderText(answer, { color: true }).includes('\u001b[1mIPv6\u001b[0m'));
  });

  it('never shows emphasis markers in plain text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ maxLength: 20 }).map((s) => `**${s.replace(/\*/g, '')}x**`),
          { maxLength: 5 },
        ),
        (parts) => {
          const text = renderText(makeAnswer({ ok: true, command: 'x', title: 't', body: parts }));
          assert.doesNotMatch(text, /\*\*/);
        },
      ),
    );
  });

  it('says "Try" for suggestions of a failed answer', () => {
    assert.match(
      renderText(makeAnswer({ ok: false, command: 'x', title: 't', suggestions: ['/help'] })),
      /Try: \/help/,
    );
  });
});

describe('formatCitation', () => {
  it('names publisher, title, date and link, skipping what is unknown', () => {
    assert.equal(
      formatCitation({ id: 'a', title: 'T', publisher: 'P', url: 'https://u' }),
      'P, "T", https://u',
    );
  });
});

describe('toJson', () => {
  it('follows the CLI contract: ok, command, title, text, answer, citations, suggestions', () => {
    const json = toJson({ ...answer, answer: 'On **IPv6**.' });
    assert.deepEqual(Object.keys(json), [
      'ok',
      'command',
      'title',
      'text',
      'answer',
      'citations',
      'suggestions',
    ]);
    assert.equal(json.answer, 'On IPv6.');
    assert.deepEqual(json.citations[0], {
      title: 'Final Dispatch',
      url: 'https://x.org',
      publisher: 'OTI',
      date: '2014-11-10',
    });
    assert.equal(json.text, renderText(answer));
  });
});
