import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { APIEmbed, APIEmbedField, RESTPostAPIWebhookWithTokenJSONBody } from 'discord-api-types/v10';
import fc from 'fast-check';
import { type Answer, makeAnswer } from '../../src/answer.ts';
import {
  autocompleteChoices,
  type DiscordMessage,
  type DiscordRenderOptions,
  escapeDiscord,
  renderDiscord,
  toDiscordMarkdown,
} from '../../src/render/discord.ts';
import {
  MAX_ACTION_ROWS,
  MAX_AUTOCOMPLETE_CHOICES,
  MAX_BUTTON_LABEL,
  MAX_BUTTONS_PER_ROW,
  MAX_CHOICE_NAME,
  MAX_CHOICE_VALUE,
  MAX_CONTENT,
  MAX_CUSTOM_ID,
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_FIELDS,
  MAX_EMBED_TITLE,
  MAX_EMBEDS,
  MAX_EMBEDS_TOTAL,
  MAX_FIELD_NAME,
  MAX_FIELD_VALUE,
  MAX_FOOTER,
} from '../../src/render/discord-limits.ts';
import { arbitraryAnswer } from '../fixtures/arbitrary-answer.ts';
import { propertyRuns } from '../property-runs.ts';

// Compile-time check: a page is accepted as it is by Discord's own REST body type for replies and
// follow-ups (the webhook body shape).
const asApiBody: (message: DiscordMessage) => RESTPostAPIWebhookWithTokenJSONBody = (message) => message;

const typical = makeAnswer({
  ok: true,
  command: 'resolution',
  kind: 'resolution',
  title: 'Resolution 174 (Rev. Busan, 2014)',
  note: 'Closest match for "res 147".',
  fields: [
    { label: 'Status', value: 'Revised at PP-14' },
    { label: 'Main change', value: 'Treaty language removed from the text, according to **OTI** and others' },
  ],
  body: ['Resolution 174 sets out **ITU** role.', '**What changed**', 'All references were struck out.'],
  items: [
    { group: 'Resolutions', label: 'Resolution 180', detail: 'On **IPv6**', command: '/resolution 180' },
    { group: 'Decisions', label: '/decision 5', detail: 'Budget', command: '/decision 5' },
  ],
  citations: [
    {
      id: 'oti',
      title: 'Final Dispatch',
      publisher: 'New America, Open Technology Institute (OTI)',
      date: '2014-11-10',
      url: 'https://x.org/a',
    },
    { id: 'itu', title: 'Final Acts', publisher: 'Studylib (copy)', url: 'https://itu.int/fa' },
  ],
  related: [
    { id: 'ott', title: 'OTT', command: '/outcome ott' },
    { id: 'cyb', title: 'Cybersecurity', command: '/topic cybersecurity' },
  ],
  suggestions: ['/resolution 130', '/outcome cybersecurity-treaty'],
});

function embedChars(e: APIEmbed): number {
  const fields = (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (e.title ?? '').length + (e.description ?? '').length + fields + (e.footer?.text ?? '').length;
}

/** Every text a user sees in a message, except the "Shared by" content, with link targets left out. */
function visibleTexts(message: DiscordMessage): string[] {
  const texts = message.embeds.flatMap((e) => [
    e.title ?? '',
    e.description ?? '',
    ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    e.footer?.text ?? '',
  ]);
  texts.push(...message.components.flatMap((r) => r.components.map((b) => b.label)));
  // A masked link's target is not shown, and the renderer encodes what could end it early.
  return texts.map((t) => t.replace(/\]\(https?:\/\/[^\s()]*\)/gi, ']()'));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A mention Discord would render (and, without allowed_mentions, ping). */
const LIVE_MENTION = /@(?:everyone|here)|<@[!&]?\d|<#\d/i;

/** Asserts every Discord limit, the mention rules and well-formed text on every page. */
function assertValidPages(pages: DiscordMessage[]): void {
  assert.ok(pages.length >= 1, 'at least one page');
  for (const page of pages) {
    asApiBody(page);
    assert.deepEqual(page.allowed_mentions, { parse: [] });
    if (page.content !== undefined) {
      assert.ok(
        page.content.length >= 1 && page.content.length <= MAX_CONTENT,
        `content ${page.content.length}`,
      );
      assert.ok(
        /^Shared by <@\d+>$/.test(page.content) || !LIVE_MENTION.test(page.content),
        `content mentions only the sharer: ${JSON.stringify(page.content)}`,
      );
    }
    assert.ok(page.embeds.length >= 1 && page.embeds.length <= MAX_EMBEDS, `${page.embeds.length} embeds`);
    const total = page.embeds.reduce((n, e) => n + embedChars(e), 0);
    assert.ok(total <= MAX_EMBEDS_TOTAL, `${total} characters over the embeds`);
    for (const e of page.embeds) {
      const title = e.title ?? '';
      assert.ok(title.length >= 1 && title.length <= MAX_EMBED_TITLE, `title of ${title.length}`);
      if (e.description !== undefined) {
        const n = e.description.length;
        assert.ok(n >= 1 && n <= MAX_EMBED_DESCRIPTION, `description of ${n}`);
      }
      assert.ok((e.fields ?? []).length <= MAX_EMBED_FIELDS, `${e.fields?.length} fields`);
      for (const f of e.fields ?? []) {
        assert.ok(f.name.length >= 1 && f.name.length <= MAX_FIELD_NAME, `field name of ${f.name.length}`);
        assert.ok(
          f.value.length >= 1 && f.value.length <= MAX_FIELD_VALUE,
          `field value of ${f.value.length}`,
        );
      }
      if (e.footer) assert.ok(e.footer.text.length >= 1 && e.footer.text.length <= MAX_FOOTER);
      assert.equal(typeof e.color, 'number');
    }
    assert.ok(page.components.length <= MAX_ACTION_ROWS, `${page.components.length} rows`);
    const ids = new Set<string>();
    for (const row of page.components) {
      assert.equal(row.type, 1);
      assert.ok(row.components.length >= 1 && row.components.length <= MAX_BUTTONS_PER_ROW);
      for (const b of row.components) {
        assert.equal(b.type, 2);
        assert.ok(b.label.length >= 1 && b.label.length <= MAX_BUTTON_LABEL, `label "${b.label}"`);
        assert.ok(b.custom_id.length >= 1 && b.custom_id.length <= MAX_CUSTOM_ID, `id "${b.custom_id}"`);
        assert.ok(!ids.has(b.custom_id), 'custom ids are unique in a message');
        ids.add(b.custom_id);
      }
    }
    for (const text of visibleTexts(page)) {
      assert.doesNotMatch(text, LONE_SURROGATE, 'no emoji cut in half');
      assert.doesNotMatch(text, LIVE_MENTION, `no live mention in ${JSON.stringify(text.slice(0, 200))}`);
    }
  }
}

function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The parts repeated on every page: the fields an answer with no content of its own gets. */
function fixedFields(answer: Answer, options: DiscordRenderOptions = {}): APIEmbedField[] {
  const empty = { ...answer, note: undefined, body: [], fields: [], items: [] };
  return renderDiscord(empty, options)[0]?.embeds[0]?.fields ?? [];
}

/** The content of all pages, in order: descriptions, and the answer's own fields (names and values). */
function contentOf(pages: DiscordMessage[], fixed: APIEmbedField[]) {
  const embeds = pages.flatMap((p) => p.embeds);
  const fields = embeds.flatMap((e) => {
    const all = e.fields ?? [];
    assert.deepEqual(all.slice(all.length - fixed.length), fixed, 'sources and related repeat on every page');
    return all.slice(0, all.length - fixed.length);
  });
  return {
    description: normalize(embeds.map((e) => e.description ?? '').join(' ')),
    names: fields.map((f) => f.name),
    values: normalize(fields.map((f) => f.value).join(' ')),
  };
}

describe('escapeDiscord and toDiscordMarkdown', () => {
  it('escapes Discord markdown characters so corpus text shows as written', () => {
    assert.equal(
      escapeDiscord('a*b _c_ ~~d~~ `e` ||f|| \\g'),
      'a\\*b \\_c\\_ \\~\\~d\\~\\~ \\`e\\` \\|\\|f\\|\\| \\\\g',
    );
    assert.equal(escapeDiscord('[x](https://evil.example)'), '\\[x\\](https://evil.example)');
  });

  it('escapes quote and heading marks where they start a word, not inside one', () => {
    assert.equal(
      escapeDiscord('> quote\na > b\n# h\n-# small\na>b #tag'),
      '\\> quote\na \\> b\n\\# h\n\\-# small\na>b #tag',
    );
  });

  it('keeps bare web addresses intact', () => {
    assert.equal(escapeDiscord('see https://x.org/a_b*c and _d_'), 'see https://x.org/a_b*c and \\_d\\_');
  });

  it('puts a zero-width space after @ in @everyone, @here, <@id>, <@&id> and <#id>', () => {
    assert.equal(
      escapeDiscord('@everyone @HERE <@123> <@!4> <@&5> <#6> a@b.org'),
      '@\u200beveryone @\u200bHERE <@\u200b123> <@\u200b!4> <@\u200b&5> <#\u200b6> a@b.org',
    );
  });

  it('keeps **x** as Discord bold and escapes what is inside and around it', () => {
    assert.equal(toDiscordMarkdown('On **IPv6** & *v4* **a_b**'), 'On **IPv6** & \\*v4\\* **a\\_b**');
  });
});

describe('renderDiscord', () => {
  it('renders a typical answer as one embed: title, description, fields, sources, related, footer, buttons', () => {
    const pages = renderDiscord(typical);
    assertValidPages(pages);
    assert.equal(pages.length, 1);
    assert.deepEqual(pages[0], {
      embeds: [
        {
          title: 'Resolution 174 (Rev. Busan, 2014)',
          color: 0x1d4ed8,
          description: [
            'Closest match for "res 147".',
            'Resolution 174 sets out **ITU** role.',
            '**What changed**',
            'All references were struck out.',
            '**Resolutions**\n• **Resolution 180** – On **IPv6** `/resolution 180`',
            '**Decisions**\n• **/decision 5** – Budget',
          ].join('\n\n'),
          fields: [
            { name: 'Status', value: 'Revised at PP-14', inline: true },
            {
              name: 'Main change',
              value: 'Treaty language removed from the text, according to **OTI** and others',
              inline: false,
            },
            {
              name: 'Sources',
              value:
                '[New America, Open Technology Institute (OTI), Final Dispatch, 2014-11-10](https://x.org/a)\n' +
                '[Studylib (copy), Final Acts](https://itu.int/fa)',
            },
            { name: 'Related', value: '`/outcome ott`, `/topic cybersecurity`' },
          ],
          footer: { text: 'Sources: OTI, Studylib' },
        },
      ],
      components: [
        {
          type: 1,
          components: [
            { type: 2, style: 2, label: '/resolution 130', custom_id: 'confbot:suggest:/resolution 130' },
            {
              type: 2,
              style: 2,
              label: '/outcome cybersecurity-treaty',
              custom_id: 'confbot:suggest:/outcome cybersecurity-treaty',
            },
          ],
        },
      ],
      allowed_mentions: { parse: [] },
    });
  });

  it('colours by kind: blue texts, orange outcomes, teal overviews, grey lists, green ask, red failures', () => {
    const color = (partial: Partial<Answer>) =>
      renderDiscord(makeAnswer({ ok: true, command: 'x', title: 't', ...partial }))[0]?.embeds[0]?.color;
    assert.equal(color({ kind: 'resolution' }), 0x1d4ed8);
    assert.equal(color({ kind: 'decision' }), 0x1d4ed8);
    assert.equal(color({ kind: 'outcome' }), 0xea580c);
    for (const kind of ['topic', 'glossary', 'person', 'event'] as const)
      assert.equal(color({ kind }), 0x0f766e);
    for (const kind of ['facts', 'list', 'source'] as const) assert.equal(color({ kind }), 0x6b7280);
    assert.equal(color({}), 0x6b7280);
    assert.equal(color({ command: 'ask', kind: 'topic' }), 0x15803d);
    assert.equal(color({ ok: false, command: 'ask' }), 0xb91c1c);
    assert.equal(color({ ok: false, kind: 'resolution' }), 0xb91c1c);
  });

  it('escapes *, _, ~, | and backticks from the corpus everywhere they are shown', () => {
    const [page] = renderDiscord(
      makeAnswer({
        ok: true,
        command: 'x',
        title: 'A *b* _c_',
        fields: [{ label: 'L|1', value: 'v ~w~' }],
        body: ['a `code` ||spoiler||'],
        items: [{ group: 'G_G', label: '*L*', detail: 'd_e', command: '/x `y`' }],
      }),
    );
    assert.ok(page);
    assertValidPages([page]);
    const embed = page.embeds[0];
    assert.equal(embed?.title, 'A \\*b\\* \\_c\\_');
    assert.equal(
      embed?.description,
      'a \\`code\\` \\|\\|spoiler\\|\\|\n\n**G\\_G**\n• **\\*L\\*** – d\\_e /x \\`y\\`',
    );
    assert.deepEqual(embed?.fields?.[0], { name: 'L\\|1', value: 'v \\~w\\~', inline: true });
  });

  it('never lets @everyone, @here or <@123> from corpus or user text ping anyone', () => {
    const ping = '@everyone @here <@123> <@&4> <#5>';
    const answer = makeAnswer({
      ok: true,
      command: 'x',
      title: ping,
      note: ping,
      fields: [{ label: ping, value: ping }],
      body: [ping, `**${ping}**`],
      items: [{ group: ping, label: ping, detail: ping, command: ping }],
      citations: [{ id: 'c', title: ping, publisher: ping, url: `https://x.org/${ping}` }],
      related: [{ id: 'r', title: ping, command: ping }],
      suggestions: [ping, `${ping} 2`, `${ping} 3`, `${ping} 4`, `${ping} 5`, `${ping} 6`],
      page: { page: 1, pages: 2, next: ping, previous: `${ping} p` },
    });
    const pages = renderDiscord(answer, { sharedBy: ping, share: { line: ping } });
    assertValidPages(pages);
    assert.equal(
      pages[0]?.content,
      'Shared by @\u200beveryone @\u200bhere <@\u200b123> <@\u200b&4> <#\u200b5>',
    );
    assert.ok(pages.every((p) => p.allowed_mentions.parse.length === 0));
  });

  it('escapes citation link text, encodes what would end a link, and links only http(s) addresses', () => {
    const [page] = renderDiscord(
      makeAnswer({
        ok: true,
        command: 'x',
        title: 't',
        citations: [
          { id: 'a', title: 'A [b](https://evil.example) *c*', url: 'https://x.org/a_(b)' },
          { id: 'b', title: 'B', url: 'javascript:alert(1)' },
          { id: 'c', title: '', url: 'https://host.example/p' },
        ],
      }),
    );
    assert.deepEqual(page?.embeds[0]?.fields?.[0], {
      name: 'Sources',
      value: [
        '[A \\[b\\](https://evil.example) \\*c\\*](https://x.org/a_%28b%29)',
        'B, javascript:alert(1)',
        '[host.example](https://host.example/p)',
      ].join('\n'),
    });
  });

  it('adds suggestion, previous, next and share buttons with custom ids from options.customId', () => {
    const calls: string[] = [];
    const answer = makeAnswer({
      ok: false,
      command: 'search',
      title: 'Results',
      page: { page: 2, pages: 3, next: '/search x --page 3', previous: '/search x --page 1' },
      suggestions: [...Array.from({ length: 7 }, (_, i) => `/topic t${i}`), '/search x --page 3'],
    });
    const [page] = renderDiscord(answer, {
      share: { line: '/search x --page 2' },
      customId: (action, line) => {
        calls.push(`${action} ${line}`);
        return action === 'suggest' && line === '/topic t1'
          ? 'x'.repeat(MAX_CUSTOM_ID + 1)
          : `id${calls.length}`;
      },
    });
    assert.ok(page);
    assertValidPages([page]);
    const rows = page.components.map((r) => r.components.map((b) => [b.label, b.style, b.custom_id]));
    assert.deepEqual(rows, [
      [
        ['/topic t0', 2, 'id1'],
        ['/topic t2', 2, 'id3'],
        ['/topic t3', 2, 'id4'],
        ['/topic t4', 2, 'id5'],
        ['/topic t5', 2, 'id6'],
      ],
      [
        ['Previous page', 1, 'id7'],
        ['Next page', 1, 'id8'],
        ['Share in channel', 3, 'id9'],
      ],
    ]);
    assert.deepEqual(calls.slice(6), [
      'previous /search x --page 1',
      'next /search x --page 3',
      'share /search x --page 2',
    ]);
    const fields = page.embeds[0]?.fields ?? [];
    assert.deepEqual(
      fields.at(-1),
      { name: 'Try', value: '`/topic t1`, `/topic t6`' },
      'the rest are listed',
    );
    assert.equal(page.embeds[0]?.footer?.text, 'Page 2 of 3 · Next: /search x --page 3');
  });

  it('cuts the default custom id to 100 characters and a long label to 80 with "…"', () => {
    const line = `/ask ${'why '.repeat(40)}`.trim();
    const [page] = renderDiscord(makeAnswer({ ok: true, command: 'x', title: 't', suggestions: [line] }));
    const b = page?.components[0]?.components[0];
    assert.equal(b?.custom_id, `confbot:suggest:${line}`.slice(0, MAX_CUSTOM_ID));
    assert.equal(b?.label.length, MAX_BUTTON_LABEL);
    assert.ok(b?.label.endsWith('…'));
  });

  it('says who shared the answer in the content, as a mention only for a numeric user id', () => {
    assert.equal(
      renderDiscord(typical, { sharedBy: '80351110224678912' })[0]?.content,
      'Shared by <@80351110224678912>',
    );
    assert.equal(renderDiscord(typical, { sharedBy: 'bob_*x*' })[0]?.content, 'Shared by bob\\_\\*x\\*');
    assert.equal(renderDiscord(typical)[0]?.content, undefined);
  });

  it('splits a huge answer into pages that lose no text, with "(2/3)" titles and sources on each', () => {
    const body = Array.from({ length: 40 }, (_, p) =>
      Array.from({ length: 400 }, (_, w) => `p${p}w${w}`).join(' '),
    );
    const fields = Array.from({ length: 40 }, (_, i) => ({
      label: `F${i}`,
      value: `value ${i} `.repeat(150),
    }));
    const items = Array.from({ length: 300 }, (_, i) => ({
      group: `G${i % 3}`,
      label: `L${i}`,
      detail: `D${i}`,
    }));
    const answer = { ...typical, body, fields, items };
    const options = { share: { line: '/x' }, sharedBy: '1' };
    const pages = renderDiscord(answer, options);
    assert.ok(pages.length > 3, `${pages.length} pages`);
    assertValidPages(pages);
    for (const [i, page] of pages.entries()) {
      const suffix = i === 0 ? '' : ` (${i + 1}/${pages.length})`;
      assert.equal(page.embeds[0]?.title, `${typical.title}${suffix}`);
      assert.equal(page.content, 'Shared by <@1>');
      assert.equal(page.components.length, 2, 'buttons on every page');
    }
    const content = contentOf(pages, fixedFields(answer, options));
    for (const p of body) assert.ok(content.description.includes(p), `paragraph ${p.slice(0, 8)} is kept`);
    for (const item of items) assert.ok(content.description.includes(`• **${item.label}** – ${item.detail}`));
    for (const f of fields) {
      assert.ok(content.names.includes(f.label), `field ${f.label} is kept`);
      assert.ok(content.values.includes(normalize(f.value)), `value of ${f.label} is kept`);
    }
  });

  it('continues a field value longer than 1,024 characters in "(cont.)" fields', () => {
    const value = Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ');
    const [page] = renderDiscord(
      makeAnswer({ ok: true, command: 'x', title: 't', fields: [{ label: 'Long', value }] }),
    );
    assert.ok(page);
    assertValidPages([page]);
    const fields = page.embeds[0]?.fields ?? [];
    assert.deepEqual(
      fields.map((f) => [f.name, f.inline]),
      [
        ['Long', false],
        ['Long (cont.)', false],
      ],
    );
    assert.equal(fields.map((f) => f.value).join(' '), value);
  });

  it('fills a page with up to exactly 25 fields, sources and related included', () => {
    const fields = Array.from({ length: 60 }, (_, i) => ({ label: `L${i}`, value: `v${i}` }));
    const answer = { ...typical, fields };
    const pages = renderDiscord(answer);
    assertValidPages(pages);
    assert.deepEqual(
      pages.map((p) => p.embeds[0]?.fields?.length),
      [MAX_EMBED_FIELDS, MAX_EMBED_FIELDS, 16],
    );
    const content = contentOf(pages, fixedFields(answer));
    assert.deepEqual(
      content.names,
      fields.map((f) => f.label),
    );
  });

  it('does not leave a heading alone at the bottom of a page', () => {
    const body: string[] = [];
    for (let i = 0; i < 40; i++) body.push(`**Heading ${i}**`, `Text ${i} `.repeat(60));
    const pages = renderDiscord(makeAnswer({ ok: true, command: 'x', title: 't', body }));
    assert.ok(pages.length > 1);
    for (const page of pages) assert.doesNotMatch(page.embeds[0]?.description ?? '', /\*\*Heading \d+\*\*$/);
  });

  it('cuts a word longer than a page piece with "…" and never mid-word otherwise', () => {
    const word = `${'x'.repeat(2500)}*${'y'.repeat(2500)}`;
    const [page] = renderDiscord(
      makeAnswer({ ok: true, command: 'x', title: 't', body: ['before', word, 'after'] }),
    );
    assert.ok(page);
    assertValidPages([page]);
    const [before, cut, after] = (page.embeds[0]?.description ?? '').split('\n\n');
    assert.deepEqual([before, after], ['before', 'after']);
    assert.equal(cut, `${'x'.repeat(1999)}…`);
  });

  it('cuts a long title with "…" to 256 characters', () => {
    const [page] = renderDiscord(makeAnswer({ ok: true, command: 'x', title: 'word '.repeat(100) }));
    const title = page?.embeds[0]?.title ?? '';
    assert.ok(title.length <= MAX_EMBED_TITLE && title.endsWith('…'), title);
  });

  it('renders an empty answer as a valid message with a title only', () => {
    const pages = renderDiscord(makeAnswer({ ok: false, command: 'x', title: '' }));
    assertValidPages(pages);
    assert.deepEqual(pages, [
      { embeds: [{ title: 'confbot', color: 0xb91c1c }], components: [], allowed_mentions: { parse: [] } },
    ]);
  });
});

describe('autocompleteChoices', () => {
  it('keeps at most 25 choices, cuts names with "…" and values to 100, drops empty and repeated values', () => {
    const items = [
      { name: 'A', value: 'a' },
      { name: 'empty', value: '' },
      { name: 'blank', value: '  ' },
      { name: 'again', value: 'a' },
      { name: `long ${'n'.repeat(200)}`, value: 'v'.repeat(150) },
      { name: '', value: 'b' },
      ...Array.from({ length: 40 }, (_, i) => ({ name: `N${i}`, value: `v${i}` })),
    ];
    const choices = autocompleteChoices(items);
    assert.equal(choices.length, MAX_AUTOCOMPLETE_CHOICES);
    assert.deepEqual(choices[0], { name: 'A', value: 'a' });
    assert.equal(choices[1]?.name.length, MAX_CHOICE_NAME);
    assert.ok(choices[1]?.name.endsWith('…'));
    assert.equal(choices[1]?.value, 'v'.repeat(MAX_CHOICE_VALUE));
    assert.deepEqual(choices[2], { name: 'b', value: 'b' }, 'an empty name falls back to the value');
    assert.deepEqual(choices[3], { name: 'N0', value: 'v0' });
    assert.equal(new Set(choices.map((c) => c.value)).size, choices.length);
  });

  it('always returns choices Discord accepts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.string({ unit: 'grapheme', maxLength: 200 }),
            value: fc.string({ maxLength: 200 }),
          }),
        ),
        (items) => {
          const choices = autocompleteChoices(items);
          assert.ok(choices.length <= MAX_AUTOCOMPLETE_CHOICES);
          for (const c of choices) {
            assert.ok(c.name.length >= 1 && c.name.length <= MAX_CHOICE_NAME);
            assert.ok(c.value.trim().length >= 1 && c.value.length <= MAX_CHOICE_VALUE);
            assert.doesNotMatch(c.name, LONE_SURROGATE);
          }
        },
      ),
    );
  });
});

/** Text that is hard to render: markdown, mentions, escapes, emoji, line breaks. */
const NASTY = fc.constantFrom(
  '*',
  '**',
  '_',
  '~',
  '`',
  '|',
  '\\',
  '>',
  '#',
  '[',
  ']',
  '(',
  ' ',
  '\n',
  'a',
  'word',
  '😀',
  '👩‍👩‍👧',
  '@everyone',
  '@here',
  '<@123>',
  '<@&4>',
  '<#5>',
  'https://x.org/_a',
  'é',
);

const text = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: NASTY, maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: NASTY, minLength: 300, maxLength: 3000 }) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: fc.constantFrom('x', '\\', '*', '😀'), minLength: 2000, maxLength: 5000 }),
  },
);

const short = fc.string({ unit: NASTY, maxLength: 4 });

/** Arbitrary answers built from a text arbitrary, with many of everything. */
function answers(t: fc.Arbitrary<string>): fc.Arbitrary<Answer> {
  return arbitraryAnswer(t, {
    groups: ['A', 'B *_*', ''],
    fields: fc.oneof(
      fc.array(fc.record({ label: t, value: t }), { maxLength: 40 }),
      // Many short fields, so pages fill up by field count rather than by characters.
      fc.array(fc.record({ label: short, value: short }), { minLength: 20, maxLength: 80 }),
    ),
  });
}

const renderOptions: fc.Arbitrary<DiscordRenderOptions> = fc.record(
  {
    share: fc.record({ line: text }),
    sharedBy: fc.oneof(fc.constant('80351110224678912'), text),
    customId: fc.constantFrom(
      (action: string, line: string) => `${action}:${line}`,
      (action: string, line: string) => `${action}:${line}`.slice(0, 20),
      () => 'same',
    ),
  },
  { requiredKeys: [] },
);

/**
 * Huge answers shrink slowly: a failure stops shrinking after this long and is reported with the
 * smallest counterexample found so far. A passing run takes about a second.
 */
const TIME_LIMIT = { interruptAfterTimeLimit: 30_000, markInterruptAsFailure: true };

describe('renderDiscord properties', () => {
  it('keeps every page within every Discord limit, with no live mention and allowed_mentions empty', () => {
    fc.assert(
      fc.property(answers(text), renderOptions, (answer, options) => {
        assertValidPages(renderDiscord(answer, options));
      }),
      { numRuns: propertyRuns(150), ...TIME_LIMIT },
    );
  });

  it('loses no note, paragraph, field or item when no single word is longer than a page piece', () => {
    const words = fc
      .array(
        fc.string({ unit: NASTY, minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ''),
        { maxLength: 700 },
      )
      .map((ws) => ws.join(' '));
    fc.assert(
      fc.property(answers(words), renderOptions, (answer, options) => {
        const pages = renderDiscord(answer, options);
        assertValidPages(pages);
        const content = contentOf(pages, fixedFields(answer, options));
        const has = (where: string, s: string) => {
          const n = normalize(s);
          assert.ok(n === '' || where.includes(n), `${JSON.stringify(n.slice(0, 80))} is on some page`);
        };
        const plain = (s: string) => escapeDiscord(normalize(s.replace(/\*\*(.+?)\*\*/g, '$1')));
        if (answer.note) has(content.description, toDiscordMarkdown(answer.note));
        for (const p of answer.body) has(content.description, toDiscordMarkdown(p));
        for (const item of answer.items) {
          has(content.description, plain(item.label));
          has(content.description, toDiscordMarkdown(normalize(item.detail)));
        }
        for (const f of answer.fields) {
          const label = plain(f.label);
          // A label longer than a field name is no label: it is cut with "…", the one loss allowed.
          const kept = content.names.some((n) =>
            label.length <= MAX_FIELD_NAME
              ? n === label
              : n.endsWith('…') && label.startsWith(n.slice(0, -1)),
          );
          assert.ok(label === '' || kept, `field name ${JSON.stringify(label)} is kept`);
          has(content.values, toDiscordMarkdown(f.value));
        }
      }),
      { numRuns: propertyRuns(100), ...TIME_LIMIT },
    );
  });
});
