import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { types } from '@slack/bolt';
import fc from 'fast-check';
import { type Answer, makeAnswer } from '../../src/answer.ts';
import {
  escapeMrkdwn,
  renderSlack,
  type SlackBlock,
  type SlackMessage,
  type SlackRenderOptions,
  toMrkdwn,
} from '../../src/render/slack.ts';
import {
  MAX_ACTIONS_ELEMENTS,
  MAX_BLOCKS,
  MAX_BUTTON_TEXT,
  MAX_BUTTON_VALUE,
  MAX_CONTEXT_ELEMENT_TEXT,
  MAX_CONTEXT_ELEMENTS,
  MAX_FALLBACK_TEXT,
  MAX_FIELD_TEXT,
  MAX_HEADER_TEXT,
  MAX_MESSAGE_CHARS,
  MAX_SECTION_FIELDS,
  MAX_SECTION_TEXT,
} from '../../src/render/slack-limits.ts';
import { arbitraryAnswer } from '../fixtures/arbitrary-answer.ts';
import { propertyRuns } from '../property-runs.ts';

const typical = makeAnswer({
  ok: true,
  command: 'resolution',
  title: 'Resolution 174 (Rev. Busan, 2014)',
  fields: [
    { label: 'Status', value: 'Revised at PP-14' },
    { label: 'Main change', value: 'Treaty language removed' },
  ],
  body: ['Resolution 174 sets out **ITU** role.', '**What changed**', 'All references were struck out.'],
  items: [
    { group: 'Resolutions', label: 'Resolution 180', detail: 'On **IPv6**', command: '/resolution 180' },
    { group: 'Resolutions', label: 'Resolution 101', detail: 'IP networks', command: '/resolution 101' },
    { group: 'Decisions', label: '/decision 5', detail: 'Budget', command: '/decision 5' },
  ],
  citations: [
    { id: 'oti', title: 'Final Dispatch', publisher: 'OTI', date: '2014-11-10', url: 'https://x.org/a' },
    { id: 'itu', title: 'Final Acts', url: 'https://itu.int/fa' },
  ],
  related: [
    { id: 'ott', title: 'OTT', command: '/outcome ott' },
    { id: 'cyb', title: 'Cybersecurity', command: '/topic cybersecurity' },
  ],
  suggestions: ['/resolution 130', '/outcome cybersecurity-treaty'],
});

// Compile-time check: what the renderer returns is accepted by Bolt's own Block Kit types.
const asBoltBlocks: (blocks: SlackBlock[]) => types.KnownBlock[] = (blocks) => blocks;

/** Every text object of a block, with whether it is mrkdwn (escaped) or plain text. */
function texts(block: SlackBlock): { text: string; mrkdwn: boolean }[] {
  switch (block.type) {
    case 'header':
      return [{ text: block.text.text, mrkdwn: false }];
    case 'section':
      return [...(block.text ? [block.text] : []), ...(block.fields ?? [])].map((t) => ({
        text: t.text,
        mrkdwn: true,
      }));
    case 'context':
      return block.elements.map((e) => ({ text: e.text, mrkdwn: true }));
    case 'actions':
      return block.elements.map((b) => ({ text: b.text.text, mrkdwn: false }));
  }
}

function blockChars(blocks: SlackBlock[]): number {
  return blocks.flatMap(texts).reduce((n, t) => n + t.text.length, 0);
}

function ofType<T extends SlackBlock['type']>(
  blocks: SlackBlock[],
  type: T,
): Extract<SlackBlock, { type: T }>[] {
  return blocks.filter((b): b is Extract<SlackBlock, { type: T }> => b.type === type);
}

/** The text of every section (prose and fields) of all pages, in order, with whitespace collapsed. */
function allSectionText(pages: SlackMessage[]): string {
  return normalize(
    pages
      .flatMap((p) => ofType(p.blocks, 'section'))
      .flatMap((s) => [...(s.text ? [s.text.text] : []), ...(s.fields ?? []).map((f) => f.text)])
      .join(' '),
  );
}

function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Removes the markup the renderer writes itself: links and user mentions, and the three escapes. */
function withoutOwnMarkup(text: string): string {
  return text
    .replace(/<(?:https?:\/\/|mailto:)[^\s<>|]*\|[^<>]*>/gi, '')
    .replace(/<@[UW][A-Z0-9]+>/g, '')
    .replace(/&(?:amp|lt|gt);/g, '');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Asserts every Slack limit and the escaping rule on every page. */
function assertValidPages(pages: SlackMessage[]): void {
  assert.ok(pages.length >= 1, 'at least one page');
  for (const page of pages) {
    const { blocks } = page;
    asBoltBlocks(blocks);
    assert.ok(page.text.trim().length > 0, 'fallback text is not empty');
    assert.ok(page.text.length <= MAX_FALLBACK_TEXT, `fallback text ${page.text.length}`);
    assert.doesNotMatch(withoutOwnMarkup(page.text), /[<>&]/, 'fallback text is escaped');
    assert.ok(blocks.length <= MAX_BLOCKS, `${blocks.length} blocks`);
    assert.ok(blockChars(blocks) <= MAX_MESSAGE_CHARS, `${blockChars(blocks)} characters of blocks`);
    assert.equal(blocks[0]?.type, 'header', 'each page starts with its header');
    for (const header of ofType(blocks, 'header')) {
      assert.ok(header.text.text.length > 0 && header.text.text.length <= MAX_HEADER_TEXT);
    }
    for (const s of ofType(blocks, 'section')) {
      assert.ok(s.text || s.fields, 'a section has text or fields');
      if (s.text) assert.ok(s.text.text.length <= MAX_SECTION_TEXT, `section of ${s.text.text.length}`);
      assert.ok((s.fields ?? []).length <= MAX_SECTION_FIELDS);
      for (const f of s.fields ?? []) assert.ok(f.text.length <= MAX_FIELD_TEXT, `field of ${f.text.length}`);
    }
    for (const c of ofType(blocks, 'context')) {
      assert.ok(c.elements.length >= 1 && c.elements.length <= MAX_CONTEXT_ELEMENTS);
      for (const e of c.elements) assert.ok(e.text.length <= MAX_CONTEXT_ELEMENT_TEXT);
    }
    const ids = new Set<string>();
    for (const a of ofType(blocks, 'actions')) {
      assert.ok(a.elements.length >= 1 && a.elements.length <= MAX_ACTIONS_ELEMENTS);
      for (const b of a.elements) {
        assert.ok(
          b.text.text.length >= 1 && b.text.text.length <= MAX_BUTTON_TEXT,
          `button "${b.text.text}"`,
        );
        assert.ok(b.value.length >= 1 && b.value.length <= MAX_BUTTON_VALUE);
        assert.ok(!ids.has(b.action_id), 'action ids are unique in a message');
        ids.add(b.action_id);
      }
    }
    for (const t of blocks.flatMap(texts)) {
      assert.ok(t.text.trim().length > 0, 'no empty text object');
      assert.doesNotMatch(t.text, LONE_SURROGATE, 'no emoji cut in half');
      if (t.mrkdwn)
        assert.doesNotMatch(withoutOwnMarkup(t.text), /[<>&]/, `unescaped in ${JSON.stringify(t)}`);
    }
  }
}

describe('escapeMrkdwn and toMrkdwn', () => {
  it('escapes only &, < and >', () => {
    assert.equal(escapeMrkdwn('a & b <c> *d* _e_ "f"'), 'a &amp; b &lt;c&gt; *d* _e_ "f"');
    assert.equal(escapeMrkdwn('<!channel> <@U1>'), '&lt;!channel&gt; &lt;@U1&gt;');
  });

  it('turns **x** into Slack bold *x* after escaping', () => {
    assert.equal(toMrkdwn('On **IPv6** & **<IPv4>**'), 'On *IPv6* &amp; *&lt;IPv4&gt;*');
  });
});

describe('renderSlack', () => {
  it('renders header, fields, body, grouped items, citations, related and buttons, in that order', () => {
    const pages = renderSlack(typical);
    assert.equal(pages.length, 1);
    const [page] = pages as [SlackMessage];
    assertValidPages(pages);
    assert.deepEqual(
      page.blocks.map((b) => b.type),
      [
        'header',
        'section',
        'section',
        'section',
        'section',
        'section',
        'section',
        'context',
        'context',
        'actions',
      ],
    );
    const [header, fields, p1, heading, p2, res, dec, cites, related, actions] = page.blocks;
    assert.deepEqual(header, {
      type: 'header',
      text: { type: 'plain_text', text: 'Resolution 174 (Rev. Busan, 2014)', emoji: true },
    });
    assert.deepEqual(fields?.type === 'section' && fields.fields?.map((f) => f.text), [
      '*Status*\nRevised at PP-14',
      '*Main change*\nTreaty language removed',
    ]);
    assert.equal(p1?.type === 'section' && p1.text?.text, 'Resolution 174 sets out *ITU* role.');
    assert.equal(heading?.type === 'section' && heading.text?.text, '*What changed*');
    assert.equal(p2?.type === 'section' && p2.text?.text, 'All references were struck out.');
    assert.equal(
      res?.type === 'section' && res.text?.text,
      '*Resolutions*\n• *Resolution 180* – On *IPv6* `/resolution 180`\n• *Resolution 101* – IP networks `/resolution 101`',
    );
    assert.equal(
      dec?.type === 'section' && dec.text?.text,
      '*Decisions*\n• */decision 5* – Budget',
      'the command is left out when it is the label',
    );
    assert.deepEqual(cites?.type === 'context' && cites.elements.map((e) => e.text), [
      '<https://x.org/a|OTI, Final Dispatch, 2014-11-10>',
      '<https://itu.int/fa|Final Acts>',
    ]);
    assert.equal(
      related?.type === 'context' && related.elements[0]?.text,
      'Related: `/outcome ott`, `/topic cybersecurity`',
    );
    assert.deepEqual(
      actions?.type === 'actions' &&
        actions.elements.map((b) => [b.text.text, b.action_id, b.value, b.style ?? '']),
      [
        ['/resolution 130', 'confbot_suggest_0', '/resolution 130', ''],
        ['/outcome cybersecurity-treaty', 'confbot_suggest_1', '/outcome cybersecurity-treaty', ''],
      ],
    );
    assert.equal(page.text, 'Resolution 174 (Rev. Busan, 2014)\nResolution 174 sets out ITU role.');
  });

  it('shows the note as small text under the header and uses the answer sentence as fallback', () => {
    const [page] = renderSlack(
      makeAnswer({
        ok: true,
        command: 'ask',
        title: 'where?',
        note: 'Closest match for "busn".',
        body: ['It was held in **Busan**.'],
        answer: 'It was held in **Busan**.',
      }),
    );
    assert.deepEqual(page?.blocks[1], {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Closest match for "busn".', verbatim: true }],
    });
    assert.equal(page?.text, 'where?\nIt was held in Busan.');
  });

  it('escapes &, < and > from the corpus and users everywhere but in plain-text headers', () => {
    const answer = makeAnswer({
      ok: true,
      command: 'x',
      title: 'A & B <!channel>',
      note: 'n <@U999>',
      fields: [{ label: 'L<1>', value: 'v & w' }],
      body: ['a < b & c > d', '**x & y**'],
      items: [{ group: 'G&G', label: '<b>', detail: 'd > e', command: '/x <y>' }],
      citations: [
        { id: 'c', title: 'T <1>', publisher: 'P & Q', date: '2014', url: 'https://x.org/?a=1&b=2' },
      ],
      related: [{ id: 'r', title: 'R', command: '/topic <r>' }],
      suggestions: ['/a <b>'],
    });
    const [page] = renderSlack(answer);
    assert.ok(page);
    assertValidPages([page]);
    const all = page.blocks.flatMap(texts).map((t) => t.text);
    assert.equal(
      all[0],
      'A & B <\u200b!channel>',
      'a plain-text header shows the title as it is, but with special mentions made inert',
    );
    for (const expected of [
      'n &lt;@U999&gt;',
      '*L&lt;1&gt;*\nv &amp; w',
      'a &lt; b &amp; c &gt; d',
      '*x &amp; y*',
      '*G&amp;G*\n• *&lt;b&gt;* – d &gt; e `/x &lt;y&gt;`',
      '<https://x.org/?a=1&amp;b=2|P &amp; Q, T &lt;1&gt;, 2014>',
      'Related: `/topic &lt;r&gt;`',
    ]) {
      assert.ok(all.includes(expected), `${JSON.stringify(expected)} in ${JSON.stringify(all, null, 1)}`);
    }
    assert.equal(page.text, 'A &amp; B &lt;!channel&gt;\na &lt; b &amp; c &gt; d');
    const actions = ofType(page.blocks, 'actions')[0];
    assert.equal(actions?.elements[0]?.value, '/a <b>', 'a button value is the command, unescaped');
  });

  it('never makes a link of a URL that is not web or mail, and keeps | out of link targets', () => {
    const [page] = renderSlack(
      makeAnswer({
        ok: true,
        command: 'x',
        title: 't',
        citations: [
          { id: 'a', title: 'A', url: 'javascript:alert(1)' },
          { id: 'b', title: 'B', url: 'https://x.org/a|b' },
        ],
      }),
    );
    const cites = page && ofType(page.blocks, 'context').at(-1);
    assert.deepEqual(
      cites?.elements.map((e) => e.text),
      ['A, javascript:alert(1)', '<https://x.org/a%7Cb|B>'],
    );
  });

  it('adds the next-page and share buttons, and does not repeat the next page as a suggestion', () => {
    const answer = makeAnswer({
      ok: true,
      command: 'search',
      title: 'Results for "ipv6"',
      items: [{ label: 'Resolution 180', detail: 'IPv6', command: '/resolution 180' }],
      page: { page: 1, pages: 3, next: '/search ipv6 --page 2' },
      suggestions: ['/search ipv6 --page 2', '/topic ipv6'],
    });
    const [page] = renderSlack(answer, { share: { value: 'share:/search ipv6' } });
    assert.ok(page);
    assertValidPages([page]);
    const paging = ofType(page.blocks, 'context').find((c) => c.elements[0]?.text.startsWith('Page'));
    assert.equal(paging?.elements[0]?.text, 'Page 1 of 3. Next: `/search ipv6 --page 2`');
    assert.deepEqual(ofType(page.blocks, 'actions')[0]?.elements, [
      {
        type: 'button',
        text: { type: 'plain_text', text: '/topic ipv6', emoji: true },
        action_id: 'confbot_suggest_0',
        value: '/topic ipv6',
      },
      {
        type: 'button',
        text: { type: 'plain_text', text: 'Next page', emoji: true },
        action_id: 'confbot_next',
        value: '/search ipv6 --page 2',
      },
      {
        type: 'button',
        text: { type: 'plain_text', text: 'Share in channel', emoji: true },
        action_id: 'confbot_share',
        value: 'share:/search ipv6',
        style: 'primary',
      },
    ]);
  });

  it('shows at most five suggestion buttons and lists the rest', () => {
    const suggestions = Array.from({ length: 8 }, (_, i) => `/resolution ${i}`);
    const [page] = renderSlack(makeAnswer({ ok: false, command: 'resolution', title: 'No 9', suggestions }));
    assert.ok(page);
    const buttons = ofType(page.blocks, 'actions')[0]?.elements ?? [];
    assert.deepEqual(
      buttons.map((b) => b.action_id),
      [0, 1, 2, 3, 4].map((i) => `confbot_suggest_${i}`),
    );
    const texts = ofType(page.blocks, 'context').map((c) => c.elements[0]?.text);
    assert.ok(texts.includes('Try: `/resolution 5`, `/resolution 6`, `/resolution 7`'), String(texts));
  });

  it('cuts a long button label with "…" but keeps the whole command as its value', () => {
    const command = `/ask ${'why '.repeat(40)}`.trim();
    const [page] = renderSlack(makeAnswer({ ok: true, command: 'x', title: 't', suggestions: [command] }));
    const b = page && ofType(page.blocks, 'actions')[0]?.elements[0];
    assert.equal(b?.text.text.length, MAX_BUTTON_TEXT);
    assert.ok(b?.text.text.endsWith('…'));
    assert.equal(b?.value, command);
  });

  it('says who shared the answer right under the header', () => {
    const [page] = renderSlack(typical, { sharedBy: 'U123ABC' });
    assert.deepEqual(page?.blocks[1], {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Shared by <@U123ABC>', verbatim: true }],
    });
    const [odd] = renderSlack(typical, { sharedBy: '<!here>' });
    assert.equal(
      odd && ofType(odd.blocks, 'context')[0]?.elements[0]?.text,
      'Shared by &lt;!here&gt;',
      'anything that is not a user id is shown as text, not as a mention',
    );
  });

  it('cuts a long title with "…" to fit the header', () => {
    const [page] = renderSlack(makeAnswer({ ok: true, command: 'x', title: 'word '.repeat(100) }));
    const text = page && ofType(page.blocks, 'header')[0]?.text.text;
    assert.ok(text && text.length <= MAX_HEADER_TEXT && text.endsWith('…'), text);
  });

  it('splits a huge answer into pages that keep every paragraph, with the page count and footer on each', () => {
    const body = Array.from({ length: 200 }, (_, p) =>
      Array.from({ length: 250 }, (_, w) => `p${p}w${w}`)
        .join(' ')
        .slice(0, 2000),
    );
    const answer = { ...typical, body };
    const pages = renderSlack(answer, { share: { value: 'v' } });
    assert.ok(pages.length > 1, `${pages.length} pages`);
    assertValidPages(pages);
    const all = allSectionText(pages);
    for (const p of body) assert.ok(all.includes(normalize(p)), `paragraph ${p.slice(0, 10)} is kept`);
    for (const [i, page] of pages.entries()) {
      const header = ofType(page.blocks, 'header')[0]?.text.text;
      assert.equal(header, i === 0 ? typical.title : `${typical.title} (${i + 1}/${pages.length})`);
      const contexts = ofType(page.blocks, 'context').flatMap((c) => c.elements.map((e) => e.text));
      assert.ok(contexts.includes(`Page ${i + 1} of ${pages.length}`), String(contexts));
      assert.ok(
        contexts.some((t) => t.startsWith('<https://x.org/a|')),
        'citations on every page',
      );
      assert.ok(
        contexts.some((t) => t.startsWith('Related:')),
        'related on every page',
      );
      const ids = ofType(page.blocks, 'actions')[0]?.elements.map((b) => b.action_id);
      assert.deepEqual(ids, ['confbot_suggest_0', 'confbot_suggest_1', 'confbot_share']);
    }
  });

  it('fills a page with up to exactly 50 blocks of short paragraphs, footer included', () => {
    const body = Array.from({ length: 200 }, (_, i) => `p${i}`);
    const pages = renderSlack(
      { ...typical, body, page: { page: 1, pages: 2, next: '/x --page 2' } },
      { sharedBy: 'U1', share: { value: 'v' } },
    );
    assertValidPages(pages);
    assert.equal(pages[0]?.blocks.length, MAX_BLOCKS);
    const all = allSectionText(pages);
    for (const p of body) assert.ok(all.includes(` ${p} `), `${p} is kept`);
  });

  it('keeps within the limits when every repeated part is as long as it can be', () => {
    const long = (n: number) => 'lorem &<> '.repeat(n);
    const answer = makeAnswer({
      ok: true,
      command: 'x',
      title: long(50),
      note: long(400),
      body: Array.from({ length: 12 }, () => long(299)),
      fields: Array.from({ length: 12 }, () => ({ label: long(5), value: long(100) })),
      items: Array.from({ length: 40 }, () => ({
        group: long(3),
        label: long(3),
        detail: long(60),
        command: long(3),
      })),
      citations: Array.from({ length: 40 }, (_, i) => ({
        id: `c${i}`,
        title: long(100),
        publisher: long(10),
        date: '2014',
        url: `https://x.org/${'a'.repeat(200)}`,
      })),
      related: Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, title: 'r', command: long(30) })),
      suggestions: Array.from({ length: 40 }, () => long(30)),
      page: { page: 1, pages: 2, next: long(150) },
    });
    const pages = renderSlack(answer, { sharedBy: long(50), share: { value: 'x'.repeat(MAX_BUTTON_VALUE) } });
    assert.ok(pages.length > 1);
    assertValidPages(pages);
  });

  it('calls its own split "Part" when the answer already has pages', () => {
    const body = Array.from({ length: 60 }, (_, i) => `paragraph ${i}`);
    const pages = renderSlack(
      makeAnswer({ ok: true, command: 'x', title: 't', body, page: { page: 2, pages: 4 } }),
    );
    assert.equal(pages.length, 2);
    const last = pages[1] && ofType(pages[1].blocks, 'context').at(-1);
    assert.deepEqual(
      last?.elements.map((e) => e.text),
      ['Page 2 of 4', 'Part 2 of 2'],
    );
  });

  it('does not leave a section heading alone at the bottom of a page', () => {
    const body: string[] = [];
    for (let i = 0; i < 30; i++) body.push(`**Heading ${i}**`, `Text ${i}`);
    const pages = renderSlack(makeAnswer({ ok: true, command: 'x', title: 't', body }));
    assert.ok(pages.length > 1);
    for (const page of pages) {
      const sections = ofType(page.blocks, 'section');
      assert.doesNotMatch(sections.at(-1)?.text?.text ?? '', /^\*Heading/);
    }
  });

  it('splits a paragraph longer than a section at word boundaries', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `w${i}`);
    const [page] = renderSlack(makeAnswer({ ok: true, command: 'x', title: 't', body: [words.join(' ')] }));
    assert.ok(page);
    const sections = ofType(page.blocks, 'section').map((s) => s.text?.text ?? '');
    assert.ok(sections.length > 1);
    assert.deepEqual(sections.join(' ').split(' '), words, 'no word is cut or lost');
  });

  it('cuts a 5,000-character word to fit a section and ends it with "…"', () => {
    const word = `${'x'.repeat(2998)}&${'y'.repeat(2001)}`;
    const [page] = renderSlack(
      makeAnswer({ ok: true, command: 'x', title: 't', body: ['before', word, 'after'] }),
    );
    assert.ok(page);
    assertValidPages([page]);
    const sections = ofType(page.blocks, 'section').map((s) => s.text?.text ?? '');
    assert.equal(sections.length, 3);
    assert.equal(sections[1], `${'x'.repeat(2998)}…`, 'the cut never splits an &amp; escape');
    assert.deepEqual([sections[0], sections[2]], ['before', 'after']);
  });

  it('turns a field too long for a column into a section of its own', () => {
    const value = 'long '.repeat(500).trim();
    const [page] = renderSlack(
      makeAnswer({
        ok: true,
        command: 'x',
        title: 't',
        fields: [
          { label: 'A', value: '1' },
          { label: 'Long', value },
          { label: 'B', value: '2' },
        ],
      }),
    );
    assert.ok(page);
    assertValidPages([page]);
    const sections = ofType(page.blocks, 'section');
    assert.deepEqual(
      sections[0]?.fields?.map((f) => f.text),
      ['*A*\n1'],
    );
    assert.equal(sections[1]?.text?.text, `*Long*\n${value}`);
    assert.deepEqual(
      sections[2]?.fields?.map((f) => f.text),
      ['*B*\n2'],
    );
  });

  it('puts at most ten fields in a section and ten citations in a context block', () => {
    const fields = Array.from({ length: 25 }, (_, i) => ({ label: `L${i}`, value: `v${i}` }));
    const citations = Array.from({ length: 14 }, (_, i) => ({
      id: `c${i}`,
      title: `T${i}`,
      url: `https://x.org/${i}`,
    }));
    const [page] = renderSlack(makeAnswer({ ok: true, command: 'x', title: 't', fields, citations }));
    assert.ok(page);
    assertValidPages([page]);
    assert.deepEqual(
      ofType(page.blocks, 'section').map((s) => s.fields?.length),
      [10, 10, 5],
    );
    const cites =
      ofType(page.blocks, 'context')
        .at(-1)
        ?.elements.map((e) => e.text) ?? [];
    assert.equal(cites.length, 10);
    assert.equal(
      cites[9],
      [
        '<https://x.org/9|T9>',
        '<https://x.org/10|T10>',
        '<https://x.org/11|T11>',
        '<https://x.org/12|T12>',
        '<https://x.org/13|T13>',
      ].join('; '),
    );
  });

  it('renders an empty answer as a valid message', () => {
    const pages = renderSlack(makeAnswer({ ok: false, command: 'x', title: '' }));
    assertValidPages(pages);
    assert.deepEqual(
      pages[0]?.blocks.map((b) => b.type),
      ['header'],
    );
  });
});

/** Text that is hard to render: markup characters, escapes, mentions, emoji, line breaks. */
const NASTY = fc.constantFrom(
  '&',
  '<',
  '>',
  '*',
  '**',
  ' ',
  '\n',
  'a',
  'word',
  '😀',
  '👩‍👩‍👧',
  '&amp;',
  '<@U1>',
  '<!channel>',
  '|',
  '`',
  'é',
);

const text = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: NASTY, maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: NASTY, minLength: 500, maxLength: 4000 }) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: fc.constantFrom('x', '&', '😀'), minLength: 3000, maxLength: 5000 }),
  },
);

/** Arbitrary answers built from a text arbitrary, with many of everything. */
function answers(t: fc.Arbitrary<string>): fc.Arbitrary<Answer> {
  return arbitraryAnswer(t, { groups: ['A', 'B <&>', ''] });
}

const renderOptions: fc.Arbitrary<SlackRenderOptions> = fc.record(
  {
    share: fc.record({ value: fc.oneof(text, fc.string({ minLength: 1990, maxLength: 2010 })) }),
    sharedBy: fc.oneof(fc.constant('U123ABC'), fc.constant('W0XYZ'), text),
  },
  { requiredKeys: [] },
);

describe('renderSlack properties', () => {
  it('keeps every page within every Slack limit, with all input text escaped', () => {
    fc.assert(
      fc.property(answers(text), renderOptions, (answer, options) => {
        assertValidPages(renderSlack(answer, options));
      }),
      { numRuns: propertyRuns(150) },
    );
  });

  it('loses no paragraph, field or item when no single word is longer than a section', () => {
    const words = fc
      .array(
        fc.string({ unit: NASTY, minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ''),
        {
          maxLength: 700,
        },
      )
      .map((ws) => ws.join(' '));
    fc.assert(
      fc.property(answers(words), (answer) => {
        const pages = renderSlack(answer);
        assertValidPages(pages);
        const all = allSectionText(pages);
        const has = (s: string) => {
          const n = normalize(s);
          assert.ok(n === '' || all.includes(n), `${JSON.stringify(n.slice(0, 80))} is on some page`);
        };
        for (const p of answer.body) has(toMrkdwn(p.trim()));
        for (const f of answer.fields) {
          has(escapeMrkdwn(f.label.replace(/\*\*(.+?)\*\*/g, '$1')));
          has(toMrkdwn(f.value.trim()));
        }
        for (const item of answer.items) {
          has(escapeMrkdwn(item.label.replace(/\*\*(.+?)\*\*/g, '$1')));
          has(toMrkdwn(normalize(item.detail)));
        }
      }),
      { numRuns: propertyRuns(100) },
    );
  });
});
