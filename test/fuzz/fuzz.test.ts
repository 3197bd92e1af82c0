import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { dispatch } from '../../src/commands/dispatch.ts';
import { cleanInput, parseLine } from '../../src/commands/input.ts';
import { parseEntry } from '../../src/corpus/parse-entry.ts';
import type { CorpusProblem } from '../../src/corpus/types.ts';
import { isUserError } from '../../src/errors.ts';
import { silentLogger } from '../../src/log.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { MAX_CONTENT, MAX_EMBEDS_TOTAL } from '../../src/render/discord-limits.ts';
import { renderSlack } from '../../src/render/slack.ts';
import { MAX_BLOCKS, MAX_MESSAGE_CHARS } from '../../src/render/slack-limits.ts';
import { arbitraryAnswer } from '../fixtures/arbitrary-answer.ts';
import { contextFor } from '../helpers.ts';

/** What would ping a whole channel in Slack if it reached a message as written. */
const SLACK_MASS_MENTIONS = /@everyone|@here|@channel|<!channel>|<!here>|<!everyone>/i;
/** What would ping a whole server in Discord (it has no `<!...>` syntax). */
const DISCORD_MASS_MENTIONS = /@everyone|@here/i;

/**
 * Every string a person sees in a message: all `text` of Slack blocks and the fallback, or Discord's
 * content, embed texts and button labels. Button values and custom ids are data, never shown.
 */
function shownText(page: unknown, keys: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') {
      if (keys.has(key)) out.push(v);
    } else if (Array.isArray(v)) {
      for (const x of v) walk(x, key);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, k === 'fields' && key === 'embeds' ? 'field' : k);
    }
  };
  walk(page, '');
  return out;
}
const SLACK_SHOWN = new Set(['text']);
const DISCORD_SHOWN = new Set(['content', 'title', 'description', 'name', 'value', 'text', 'label']);

/** Web addresses are link targets, which never mention anyone: `https://x.org/@here` is a path. */
const withoutUrls = (t: string) => t.replace(/https?:\/\/[^\s|>)]*/g, '');

function assertNoSlackMassMention(page: unknown): void {
  for (const t of shownText(page, SLACK_SHOWN)) assert.doesNotMatch(withoutUrls(t), SLACK_MASS_MENTIONS);
}

function assertNoDiscordMassMention(page: { components?: unknown }): void {
  const { components, ...rest } = page;
  const labels = shownText(components ?? [], new Set(['label']));
  for (const t of [...shownText(rest, DISCORD_SHOWN), ...labels])
    assert.doesNotMatch(withoutUrls(t), DISCORD_MASS_MENTIONS);
}

/** Pieces that user input and corpus text are made of when someone tries to break the bot. */
const NASTY = fc.constantFrom(
  '/',
  '/resolution',
  '/confbot',
  '/ask',
  '/search',
  '--page',
  ' ',
  '\n',
  '\t',
  '174',
  '-1',
  '99999999999999999999',
  '@everyone',
  '@here',
  '<!channel>',
  '<!here|here>',
  '<@U123>',
  '<@&123>',
  '**',
  '`',
  '```',
  '|',
  '\\',
  '"',
  "'",
  '\u0000',
  '\u202e',
  '\u200b',
  '😀',
  'é',
  'ﷺ',
  '&amp;',
  '<',
  '>',
  'Res. 174',
  'decision',
  'ott',
);
const line = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: NASTY, maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: NASTY, minLength: 300, maxLength: 1500 }) },
);

function slackChars(page: unknown): number {
  return JSON.stringify((page as { blocks: unknown[] }).blocks).length;
}

describe('fuzzing: the command-line parser', () => {
  it('reads any line as a command and arguments, or refuses it with a user error, never a crash', async () => {
    const ctx = await contextFor();
    const names = ctx.commands.map((c) => c.name);
    fc.assert(
      fc.property(line, (raw) => {
        try {
          const parsed = parseLine(cleanInput(raw), names);
          assert.equal(typeof parsed.name, 'string');
          assert.equal(typeof parsed.args, 'string');
          const definition = ctx.commands.find((c) => c.name === parsed.name);
          definition?.parse(parsed.args);
        } catch (err) {
          assert.ok(isUserError(err), `not a user error: ${String(err)}`);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('answers any line, rendered within both platforms’ limits and pinging nobody', async () => {
    const ctx = await contextFor();
    await fc.assert(
      fc.asyncProperty(line, async (raw) => {
        const answer = await dispatch(raw, { ctx, logger: silentLogger });
        for (const page of renderSlack(answer, { share: { value: raw } })) {
          assert.ok(page.blocks.length <= MAX_BLOCKS);
          assert.ok(slackChars(page) <= MAX_MESSAGE_CHARS + 2000, 'blocks stay near the message budget');
          assertNoSlackMassMention(page);
        }
        for (const page of renderDiscord(answer, { share: { line: raw } })) {
          assert.ok((page.content ?? '').length <= MAX_CONTENT);
          const embedChars = (page.embeds ?? []).reduce(
            (n, e) =>
              n +
              (e.title ?? '').length +
              (e.description ?? '').length +
              (e.footer?.text ?? '').length +
              (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0),
            0,
          );
          assert.ok(embedChars <= MAX_EMBEDS_TOTAL);
          assert.deepEqual(page.allowed_mentions, { parse: [] });
          assertNoDiscordMassMention(page);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('fuzzing: the corpus loader', () => {
  const frontMatterish = fc
    .tuple(
      fc.array(
        fc.oneof(
          fc.constantFrom('id: x', 'kind: resolution', 'kind: nope', 'number: 7', 'number: -1', 'title: T'),
          fc.constantFrom(
            'sources: [example-report]',
            'related: [missing]',
            'aliases: [a, b',
            'fields:',
            '  - x',
          ),
          fc.string({ unit: NASTY, maxLength: 20 }),
          fc.string({ unit: 'grapheme', maxLength: 30 }),
        ),
        { maxLength: 12 },
      ),
      fc.array(fc.oneof(fc.string({ unit: NASTY, maxLength: 40 }), fc.constant('[@example-report]')), {
        maxLength: 10,
      }),
      fc.boolean(),
    )
    .map(([yaml, body, closed]) => `---\n${yaml.join('\n')}\n${closed ? '---\n' : ''}${body.join('\n')}`);

  it('never throws on any file, and reports each problem with its file and a line number', () => {
    fc.assert(
      fc.property(fc.oneof(frontMatterish, line), (text) => {
        const problems: CorpusProblem[] = [];
        parseEntry('texts/fuzz.md', text, problems);
        for (const p of problems) {
          assert.equal(p.file, 'texts/fuzz.md');
          assert.ok(Number.isInteger(p.line) && p.line >= 0, `line ${p.line}`);
          assert.ok(p.message.length > 0);
        }
      }),
      // Found by this test: an alias without an anchor parses, then throws when turned into values.
      { numRuns: 400, examples: [['---\n**\n---\n'], ['---\nid: *x\n---\n']] },
    );
  });

  it('reports an alias without an anchor (found by fuzzing) as malformed YAML at its line', () => {
    const problems: CorpusProblem[] = [];
    assert.equal(parseEntry('texts/a.md', '---\n**\n---\nText.\n', problems), undefined);
    assert.deepEqual(problems, [{ file: 'texts/a.md', line: 2, message: problems[0]?.message }]);
    assert.match(problems[0]?.message ?? '', /^malformed YAML: /);
  });

  it('loads a whole corpus folder with a garbage file as problems, never as a crash', async () => {
    const { corpusWith } = await import('../helpers.ts');
    const { loadCorpus } = await import('../../src/corpus/load.ts');
    await fc.assert(
      fc.asyncProperty(fc.oneof(frontMatterish, line), async (garbage) => {
        const { dir, cleanup } = await corpusWith({ 'texts/resolution-7.md': garbage });
        try {
          const { corpus, problems } = await loadCorpus(dir);
          assert.ok(corpus !== undefined || problems.length > 0);
        } finally {
          await cleanup();
        }
      }),
      { numRuns: 25, examples: [['---\n**\n---\n']] },
    );
  });
});

describe('fuzzing: both renderers', () => {
  const mentionText = fc.string({
    unit: fc.constantFrom(
      '@everyone',
      '@here',
      '<!channel>',
      '<!here>',
      '@',
      'everyone',
      'here',
      '<',
      '!',
      ' ',
      'x',
    ),
    maxLength: 20,
  });

  it('never show @everyone, @here (or in Slack <!channel>), whatever the corpus or the user wrote', () => {
    fc.assert(
      fc.property(
        arbitraryAnswer(mentionText, { groups: ['@here', '<!channel>'] }),
        mentionText,
        (answer, by) => {
          for (const page of renderSlack(answer, { share: { value: by }, sharedBy: by })) {
            assertNoSlackMassMention(page);
          }
          for (const page of renderDiscord(answer, { share: { line: by }, sharedBy: by })) {
            assertNoDiscordMassMention(page);
            assert.deepEqual(page.allowed_mentions, { parse: [] });
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
