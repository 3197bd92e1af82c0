import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { makeAnswer } from '../../src/answer.ts';
import { dispatch } from '../../src/commands/dispatch.ts';
import { MAX_INPUT_CHARS, parseLine } from '../../src/commands/input.ts';
import { defineCommand } from '../../src/commands/types.ts';
import { createLogger, silentLogger } from '../../src/log.ts';
import { contextFor } from '../helpers.ts';
import { propertyRuns } from '../property-runs.ts';

const NAMES = ['resolution', 'ask', 'help'];

describe('parseLine', () => {
  it('drops a leading @confbot, as typed in the chat or pasted from a thread', () => {
    assert.deepEqual(parseLine('@confbot who won?', NAMES), {
      name: 'ask',
      args: 'who won?',
      implicit: true,
    });
    assert.deepEqual(parseLine('@ConfBot: resolution 174', NAMES), {
      name: 'resolution',
      args: '174',
      implicit: false,
      bare: true,
    });
    assert.equal(parseLine('@confbot', NAMES).name, 'help');
    // Another name is not the bot: the line stays a question as typed.
    assert.deepEqual(parseLine('@confbotx hi', NAMES), { name: 'ask', args: '@confbotx hi', implicit: true });
  });

  it('reads /name args, a bare command word, and plain questions', () => {
    assert.deepEqual(parseLine('/resolution 174', NAMES), {
      name: 'resolution',
      args: '174',
      implicit: false,
    });
    assert.deepEqual(parseLine('resolution 174', NAMES), {
      name: 'resolution',
      args: '174',
      implicit: false,
      bare: true,
    });
    assert.deepEqual(parseLine('who won?', NAMES), { name: 'ask', args: 'who won?', implicit: true });
  });

  it('unwraps the umbrella command', () => {
    assert.deepEqual(parseLine('/confbot resolution 174', NAMES), {
      name: 'resolution',
      args: '174',
      implicit: false,
      bare: true,
    });
    assert.equal(parseLine('/confbot', NAMES).name, 'help');
  });
});

describe('dispatch', () => {
  const run = async (line: string) => dispatch(line, { ctx: await contextFor(), logger: silentLogger });

  it('answers empty input with a hint', async () => {
    for (const line of ['', '   ', '\u0000\u0007']) {
      const a = await run(line);
      assert.equal(a.ok, false);
      assert.match(a.body.join(' '), /Type a command or a question/);
    }
  });

  it('refuses very long input plainly', async () => {
    const a = await run(`/ask ${'x'.repeat(10_000)}`);
    assert.equal(a.ok, false);
    assert.match(a.body.join(' '), new RegExp(`under ${MAX_INPUT_CHARS.toLocaleString('en')}`));
  });

  it('strips control and invisible characters before answering', async () => {
    const a = await run('/resolution\u0000 17\u200b4\u001b[31m');
    assert.equal(a.ok, false, 'the escape leftovers make it an invalid number, reported plainly');
    const clean = await run('/resolution\t174\r');
    assert.equal(clean.ok, true);
  });

  it('names an unknown command and suggests the nearest', async () => {
    const a = await run('/resolutoin 174');
    assert.equal(a.ok, false);
    assert.deepEqual(a.suggestions, ['/resolution']);
    const far = await run('/frobnicate');
    assert.match(far.body.join(' '), /There is no \/frobnicate command/);
  });

  it('reads a line that starts with a command word but is no lookup it answers as a question', async () => {
    const question = await run('Resolution 185 is the Internet of Things one, yes?');
    assert.equal(question.ok, true);
    assert.equal(question.command, 'ask');
    assert.match(question.answer ?? '', /^No\. .*Resolution 197/);
    const lookup = await run('resolution 174');
    assert.equal(lookup.command, 'resolution', 'a bare lookup still works');
    // A lookup's closest match for the rest of the line may be another text: the question goes first.
    const other = await run('Resolution 197 is the cybersecurity one, right?');
    assert.equal(other.command, 'ask');
    assert.match(other.answer ?? '', /^No\. Resolution 197 .*Internet of Things/);
    const typo = await run('/resolution flight trakcing');
    assert.equal(typo.approximate, true, 'a slash lookup still shows its closest match');
    const missing = await run('resolution 999');
    assert.match(
      missing.body.join(' '),
      /no entry for Resolution 999/,
      'and says what is nearest when neither answers',
    );
    // A claim about a text the corpus lacks: "no entry" for the reference it opens with, not for the line.
    const claimed = await run('Resolution 186 was about satellite orbits, right?');
    assert.equal(claimed.ok, false);
    assert.match(claimed.body.join(' '), /no entry for Resolution 186/);
    // One the corpus has is no answer to the claim: the question's decline stands.
    const known = await run('resolution 133 idn - what text changed at busan exactly');
    assert.equal(known.ok, false);
    assert.doesNotMatch(known.body.join(' '), /No resolution or decision in the corpus matches/);
    // So does a claim after a reference the corpus has that is no lookup ("… the cybersecurity one"),
    // and a reference followed by a bracket ("190 (Busan, 2014) - …"), not only by a word.
    for (const line of [
      "Resolution 191 is the Ebola one, isn't it?",
      'Resolution 190 (Busan, 2014) - what is the gist of its third annex?',
    ]) {
      const a = await run(line);
      assert.doesNotMatch(a.body.join(' '), /No resolution or decision in the corpus matches/, line);
    }
  });

  it('runs a name another command answers as that command: "/decision 5" is "/resolution decision 5"', async () => {
    const a = await run('/decision 5');
    assert.equal(a.ok, true);
    assert.equal(a.command, 'resolution');
    assert.match(a.title ?? '', /^Decision 5\b/);
    const missing = await run('/decision 99');
    assert.equal(missing.ok, false);
    assert.match(missing.body.join(' '), /no entry for Decision 99/);
  });

  it('logs an internal error with an id and shows the user only an apology naming it', async () => {
    const ctx = await contextFor();
    const lines: string[] = [];
    const boom = defineCommand({
      name: 'boom',
      description: 'fails',
      usage: '/boom',
      examples: ['/boom'],
      parse: () => ({}),
      run: () => {
        throw new Error('secret internal detail');
      },
    });
    const a = await dispatch('/boom', {
      ctx: { ...ctx, commands: [...ctx.commands, boom] },
      logger: createLogger({ write: (l) => lines.push(l) }),
    });
    assert.equal(a.ok, false);
    const id = /error id ([0-9a-f]{8})/.exec(a.body.join(' '))?.[1];
    assert.ok(id, a.body.join(' '));
    assert.doesNotMatch(JSON.stringify(a), /secret internal detail/);
    const logged = JSON.parse(lines[0] ?? '{}');
    assert.equal(logged.errorId, id);
    assert.equal(logged.error.message, 'secret internal detail');
  });

  it('logs an unknown command as "unknown", since its name is what the user typed', async () => {
    const ctx = await contextFor();
    const lines: string[] = [];
    const logger = createLogger({ write: (l) => lines.push(l) });
    await dispatch('/my-phone-is-5551234 call me', { ctx, logger, requestLogLevel: 'info' });
    await dispatch('/resolution 174', { ctx, logger, requestLogLevel: 'info' });
    const logged = lines.map((l) => JSON.parse(l)).filter((l) => l.message === 'request');
    assert.deepEqual(
      logged.map((l) => l.command),
      ['unknown', 'resolution'],
    );
    assert.doesNotMatch(lines.join('\n'), /5551234/);
  });

  it('never throws and always answers, whatever the input', async () => {
    const ctx = await contextFor();
    const ok = makeAnswer({ ok: true, command: 'x', title: 'x' });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 80 }).map((s) => `/ask ${s}`),
        ),
        async (line) => {
          const a = await dispatch(line, { ctx, logger: silentLogger });
          assert.equal(typeof a.ok, typeof ok.ok);
          assert.ok(a.title.length > 0);
        },
      ),
      { numRuns: propertyRuns(150) },
    );
  });
});
