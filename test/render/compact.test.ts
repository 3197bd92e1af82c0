import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type Answer, makeAnswer, type ShortForm } from '../../src/answer.ts';
import { compactCard, leadOf } from '../../src/render/compact.ts';
import {
  COMPACT_DISCORD_MAX_CHARS,
  COMPACT_DISCORD_MAX_DESCRIPTION,
  COMPACT_DISCORD_MAX_EMBEDS,
  COMPACT_LEAD_CHARS,
  COMPACT_MAX_BUTTONS,
  COMPACT_MAX_FIELDS,
  COMPACT_SLACK_MAX_BLOCKS,
  COMPACT_SLACK_MAX_CHARS,
  COMPACT_SLACK_MAX_FALLBACK,
  COMPACT_TEXT_MAX_CHARS,
} from '../../src/render/compact-limits.ts';
import {
  type DiscordCompactOptions,
  discordEmbedChars,
  renderDiscordCompact,
} from '../../src/render/discord-compact.ts';
import {
  MAX_BUTTON_LABEL,
  MAX_CUSTOM_ID,
  MAX_EMBED_TITLE,
  MAX_FIELD_NAME,
  MAX_FIELD_VALUE,
  MAX_FOOTER,
} from '../../src/render/discord-limits.ts';
import type { SlackMessage } from '../../src/render/slack-blocks.ts';
import {
  renderSlackCompact,
  type SlackCompactOptions,
  slackMessageChars,
} from '../../src/render/slack-compact.ts';
import {
  MAX_BUTTON_TEXT,
  MAX_BUTTON_VALUE,
  MAX_CONTEXT_ELEMENTS,
  MAX_HEADER_TEXT,
  MAX_SECTION_FIELDS,
  MAX_SECTION_TEXT,
} from '../../src/render/slack-limits.ts';
import { MORE_HINT, renderTextCompact } from '../../src/render/text-compact.ts';
import { arbitraryAnswer } from '../fixtures/arbitrary-answer.ts';
import { propertyRuns } from '../property-runs.ts';

/** Text that is hard to render: markup characters, escapes, mentions, emoji, line breaks. */
const NASTY = fc.constantFrom(
  '&',
  '<',
  '>',
  '*',
  '**',
  '_',
  '\\',
  ' ',
  '\n',
  'a',
  'word',
  '.',
  '😀',
  '👩‍👩‍👧',
  '&amp;',
  '<@U1>',
  '<!channel>',
  '@everyone',
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
    arbitrary: fc.string({ unit: fc.constantFrom('x', '&', '😀', '\\'), minLength: 2000, maxLength: 4000 }),
  },
);

/** Any answer, with or without a short form of the command's own. */
const answers: fc.Arbitrary<Answer> = fc
  .tuple(
    arbitraryAnswer(text, { groups: ['A', 'B *_*', ''] }),
    fc.option(
      fc.record(
        {
          status: text,
          lead: text,
          fields: fc.array(fc.record({ label: text, value: text }), { maxLength: 6 }),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
  )
  .map(([answer, short]) => (short ? { ...answer, short: short as ShortForm } : answer));

const slackOptions: fc.Arbitrary<SlackCompactOptions> = fc.record(
  {
    share: fc.record({ value: fc.oneof(text, fc.string({ minLength: 1990, maxLength: 2010 })) }),
    more: fc.record({ value: fc.oneof(text, fc.string({ minLength: 1990, maxLength: 2010 })) }),
    sharedBy: fc.oneof(fc.constant('U123ABC'), text),
  },
  { requiredKeys: [] },
);

const discordOptions: fc.Arbitrary<DiscordCompactOptions> = fc.record(
  {
    share: fc.record({ line: text }),
    more: fc.record({ line: text }),
    sharedBy: fc.oneof(fc.constant('80351110224678912'), text),
    customId: fc.constantFrom(
      (action: string, line: string) => `${action}:${line}`,
      (action: string, line: string) => `${action}:${line}`.slice(0, 20),
      () => 'same',
    ),
  },
  { requiredKeys: [] },
);

/** A failing run stops shrinking after this long; a passing run takes a few seconds. */
const RUNS = { numRuns: propertyRuns(200), interruptAfterTimeLimit: 30_000, markInterruptAsFailure: true };

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function assertSlackCard(card: SlackMessage): void {
  assert.ok(card.blocks.length <= COMPACT_SLACK_MAX_BLOCKS, `${card.blocks.length} blocks`);
  assert.ok(slackMessageChars(card) <= COMPACT_SLACK_MAX_CHARS, `${slackMessageChars(card)} characters`);
  assert.ok(card.text.length <= COMPACT_SLACK_MAX_FALLBACK);
  const ids = new Set<string>();
  for (const block of card.blocks) {
    const texts: string[] = [];
    // Slack parses mentions in mrkdwn only; plain text (header, buttons) shows them as typed.
    const marked: string[] = [];
    if (block.type === 'header') {
      assert.ok(block.text.text.length <= MAX_HEADER_TEXT);
      texts.push(block.text.text);
    }
    if (block.type === 'section') {
      if (block.text) marked.push(block.text.text);
      assert.ok((block.fields ?? []).length <= Math.min(MAX_SECTION_FIELDS, COMPACT_MAX_FIELDS));
      marked.push(...(block.fields ?? []).map((f) => f.text));
    }
    if (block.type === 'context') {
      assert.ok(block.elements.length >= 1 && block.elements.length <= MAX_CONTEXT_ELEMENTS);
      marked.push(...block.elements.map((e) => e.text));
    }
    if (block.type === 'actions') {
      assert.ok(block.elements.length >= 1 && block.elements.length <= COMPACT_MAX_BUTTONS);
      for (const b of block.elements) {
        assert.ok(b.text.text.length >= 1 && b.text.text.length <= MAX_BUTTON_TEXT);
        assert.ok(b.value.length >= 1 && b.value.length <= MAX_BUTTON_VALUE);
        assert.ok(!ids.has(b.action_id), 'action ids are unique in a message');
        ids.add(b.action_id);
        texts.push(b.text.text);
      }
    }
    for (const t of [...texts, ...marked]) {
      assert.ok(t.trim().length > 0, 'no empty text object');
      assert.ok(t.length <= MAX_SECTION_TEXT);
      assert.doesNotMatch(t, LONE_SURROGATE, 'no emoji cut in half');
      assert.doesNotMatch(t, /<!(channel|here|everyone)/, 'no special mention, even in plain text');
    }
    for (const t of marked) assert.doesNotMatch(t, /<@U1>/, 'no live user mention from answer text');
  }
}

describe('compact cards, properties', () => {
  it('every Slack card stays within 8 blocks, 1,200 characters and every Block Kit limit', () => {
    fc.assert(
      fc.property(answers, slackOptions, (answer, options) =>
        assertSlackCard(renderSlackCompact(answer, options)),
      ),
      RUNS,
    );
  });

  it('every Discord card is one embed with a description of at most 600 characters, within every limit', () => {
    fc.assert(
      fc.property(answers, discordOptions, (answer, options) => {
        const card = renderDiscordCompact(answer, options);
        assert.equal(card.embeds.length, COMPACT_DISCORD_MAX_EMBEDS);
        const [embed] = card.embeds;
        assert.ok(embed);
        assert.ok((embed.description ?? '').length <= COMPACT_DISCORD_MAX_DESCRIPTION);
        assert.ok(
          discordEmbedChars(card) <= COMPACT_DISCORD_MAX_CHARS,
          `${discordEmbedChars(card)} characters`,
        );
        assert.ok((embed.title ?? '').length >= 1 && (embed.title ?? '').length <= MAX_EMBED_TITLE);
        assert.ok((embed.footer?.text ?? '').length <= MAX_FOOTER);
        assert.ok((embed.fields ?? []).length <= COMPACT_MAX_FIELDS);
        for (const f of embed.fields ?? []) {
          assert.ok(f.name.length >= 1 && f.name.length <= MAX_FIELD_NAME);
          assert.ok(f.value.length >= 1 && f.value.length <= MAX_FIELD_VALUE);
        }
        assert.ok(card.components.length <= 1);
        const ids = new Set<string>();
        for (const b of card.components.flatMap((r) => r.components)) {
          assert.ok(b.label.length >= 1 && b.label.length <= MAX_BUTTON_LABEL);
          assert.ok(b.custom_id.length >= 1 && b.custom_id.length <= MAX_CUSTOM_ID);
          assert.ok(!ids.has(b.custom_id));
          ids.add(b.custom_id);
        }
        assert.ok(ids.size <= COMPACT_MAX_BUTTONS);
        assert.deepEqual(card.allowed_mentions, { parse: [] });
        const all = JSON.stringify(card.embeds);
        assert.doesNotMatch(all, /@everyone/, 'no mass mention, even escaped away from allowed_mentions');
        assert.doesNotMatch(all, LONE_SURROGATE);
      }),
      RUNS,
    );
  });

  it('every terminal card stays within 1,200 characters, and offers /more only when there is more', () => {
    fc.assert(
      fc.property(answers, (answer) => {
        const card = renderTextCompact(answer);
        assert.ok(card.length <= COMPACT_TEXT_MAX_CHARS, `${card.length} characters`);
        assert.doesNotMatch(card, LONE_SURROGATE, 'no emoji cut in half');
        assert.equal(card.includes(MORE_HINT), compactCard(answer).more);
      }),
      RUNS,
    );
  });

  it('a lead is whole sentences while they fit, else cut at a word, never over its budget', () => {
    fc.assert(
      fc.property(text, (t) => {
        const lead = leadOf(t);
        assert.ok(lead.length <= COMPACT_LEAD_CHARS);
      }),
      RUNS,
    );
  });
});

describe('compact cards, examples', () => {
  const entry = makeAnswer({
    ok: true,
    command: 'resolution',
    title: 'Resolution 174 (Rev. Busan, 2014)',
    fields: [
      { label: 'Title', value: 'ITU role on illicit use of ICTs' },
      { label: 'Status', value: 'Revised at PP-14' },
    ],
    body: ['Resolution 174 sets out ITU role.', '**What changed**', 'Treaty talk was struck out.'],
    citations: [
      {
        id: 'oti',
        title: 'Final Dispatch',
        publisher: 'New America, Open Technology Institute (OTI)',
        url: 'https://x.org/a',
      },
    ],
    related: [{ id: 'ott', title: 'OTT', command: '/outcome ott' }],
    short: {
      status: 'Revised at PP-14',
      lead: 'Resolution 174 sets out ITU role.',
      fields: [{ label: 'Title', value: 'ITU role on illicit use of ICTs' }],
    },
  });

  it('shows the header with its status, the short lead and fields, More and Share on Slack', () => {
    const card = renderSlackCompact(entry, {
      share: { value: '/resolution 174' },
      more: { value: '/resolution 174' },
    });
    const json = JSON.stringify(card.blocks);
    assert.match(json, /Resolution 174 \(Rev\. Busan, 2014\) · Revised at PP-14/);
    assert.match(json, /<https:\/\/x\.org\/a\|OTI>/, 'the source by its short name, linked');
    assert.doesNotMatch(json, /Treaty talk/, 'the rest of the body is behind More');
    const actions = card.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    assert.deepEqual(
      actions.map((b) => b.action_id),
      ['confbot_more', 'confbot_share', 'confbot_suggest_0'],
    );
  });

  it('offers no More when the card already shows everything, and no Share on a failed answer', () => {
    const small = makeAnswer({ ok: true, command: 'help', title: 'Help', body: ['One line.'] });
    const options = { share: { value: '/help' }, more: { value: '/help' } };
    assert.ok(!JSON.stringify(renderSlackCompact(small, options)).includes('confbot_more'));
    const failed = makeAnswer({
      ok: false,
      command: 'resolution',
      title: 'No such',
      body: ['x'],
      suggestions: ['/resolution 174'],
    });
    const buttons = JSON.stringify(renderSlackCompact(failed, options).blocks);
    assert.ok(!buttons.includes('confbot_share') && !buttons.includes('confbot_more'));
    assert.match(buttons, /\/resolution 174/, 'the suggestion stays a button');
  });

  it('puts the same parts in one Discord embed and a terminal card', () => {
    const discord = renderDiscordCompact(entry, {
      more: { line: '/resolution 174' },
      share: { line: '/resolution 174' },
    });
    assert.equal(discord.embeds[0]?.title, 'Resolution 174 (Rev. Busan, 2014) · Revised at PP-14');
    assert.equal(discord.embeds[0]?.footer?.text, 'Source: OTI');
    assert.deepEqual(
      discord.components[0]?.components.map((b) => b.label),
      ['More', 'Share', '/outcome ott'],
    );
    const terminal = renderTextCompact(entry);
    assert.match(
      terminal,
      /^Resolution 174 \(Rev\. Busan, 2014\) · Revised at PP-14\n\nResolution 174 sets out ITU role\./,
    );
    assert.match(terminal, /Title: ITU role on illicit use of ICTs/);
    assert.match(terminal, /Source: OTI/);
    assert.ok(terminal.endsWith(MORE_HINT));
  });
});
