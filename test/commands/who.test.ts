import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, it } from 'node:test';
import who from '../../commands/who.ts';
import { slashCommandsJson } from '../../src/adapters/discord/slash-commands.ts';
import { buildSlackManifest } from '../../src/adapters/slack/manifest.ts';
import type { Answer } from '../../src/answer.ts';
import { dispatch } from '../../src/commands/dispatch.ts';
import { DEFAULT_CORPUS_DIR } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { renderText } from '../../src/render/text.ts';
import { contextFor, MINI_CORPUS } from '../helpers.ts';

/**
 * A copy of the bundled corpus with some people's aliases replaced, so a post must be found through the
 * entry's election field rather than an alias that happens to spell it.
 */
async function corpusWithAliases(
  aliases: Record<string, string[]>,
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'confbot-who-'));
  await cp(DEFAULT_CORPUS_DIR, dir, {
    recursive: true,
    filter: (src) => !src.split(sep).includes('.confbot'),
  });
  for (const [id, list] of Object.entries(aliases)) {
    const file = join(dir, 'people', `${id}.md`);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^aliases: .*$/m, `aliases: ${JSON.stringify(list)}`));
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

async function ask(line: string, dir?: string): Promise<Answer & { text: string }> {
  const answer = await dispatch(line, { ctx: await contextFor(dir), logger: silentLogger });
  return { ...answer, text: renderText(answer) };
}

describe('/who', () => {
  it('shows a person by full name, with what the entry records and its sources', async () => {
    const a = await ask('/who Houlin Zhao');
    assert.equal(a.ok, true);
    assert.equal(a.command, 'who');
    assert.equal(a.kind, 'person');
    assert.equal(a.title, 'Houlin Zhao');
    assert.equal(a.note, undefined);
    assert.match(a.text, /Elected at PP-14: Secretary-General, on 23 October 2014/);
    assert.ok(a.citations.length > 0);
  });

  it('finds a person typed in lower case, in another word order or by slug', async () => {
    for (const line of [
      '/who chaesub lee',
      '/who LEE CHAESUB',
      '/who chaesub-lee',
      '/who who is Chaesub Lee?',
    ]) {
      const a = await ask(line);
      assert.equal(a.title, 'Chaesub Lee', line);
      assert.equal(a.note, undefined, line);
    }
  });

  it('finds a person through a typo and says it is the closest match', async () => {
    const a = await ask('/who Malcolm Jonson');
    assert.equal(a.ok, true);
    assert.equal(a.title, 'Malcolm Johnson');
    assert.match(a.note ?? '', /Closest match for "Malcolm Jonson"/);
  });

  it('resolves each post to the person whose entry records being elected to it at PP-14', async () => {
    const posts: Record<string, string> = {
      'Secretary-General': 'Houlin Zhao',
      'the ITU secretary general': 'Houlin Zhao',
      'PP-14 Secretary-General': 'Houlin Zhao',
      "ITU's TSB director": 'Chaesub Lee',
      'deputy secretary-general': 'Malcolm Johnson',
      'TSB director': 'Chaesub Lee',
      'director of the TSB': 'Chaesub Lee',
      'who is the new TSB director?': 'Chaesub Lee',
      'BR Director': 'François Rancy',
      'BDT director': 'Brahima Sanou',
    };
    for (const [post, person] of Object.entries(posts)) {
      const a = await ask(`/who ${post}`);
      assert.equal(a.ok, true, post);
      assert.equal(a.kind, 'person', post);
      assert.equal(a.title, person, post);
      assert.match(a.note ?? '', /^Elected .* at PP-14, as .*'s entry records\.$/, post);
    }
  });

  it('never confuses the Deputy Secretary-General with the Secretary-General: the whole post wins', async () => {
    assert.equal((await ask('/who Deputy Secretary-General')).title, 'Malcolm Johnson');
    assert.equal((await ask('/who deputy secretary general')).title, 'Malcolm Johnson');
    assert.equal((await ask('/who Secretary-General')).title, 'Houlin Zhao');
    assert.equal((await ask('/who secretary general')).title, 'Houlin Zhao');
    // The former office-holder is a different person, named so in his own entry.
    assert.equal((await ask('/who former Secretary-General')).title, 'Hamadoun Touré');
  });

  it('finds a post through the election field when no alias spells it, and still tells deputy from secretary-general', async () => {
    const copy = await corpusWithAliases({
      'houlin-zhao': ['Zhao', 'Houlin Zhao'],
      'malcolm-johnson': ['Johnson', 'Malcolm Johnson'],
    });
    try {
      const sg = await ask('/who secretary-general', copy.dir);
      assert.equal(sg.title, 'Houlin Zhao');
      assert.match(sg.note ?? '', /Elected Secretary-General at PP-14/);
      const dsg = await ask('/who Deputy Secretary-General', copy.dir);
      assert.equal(dsg.title, 'Malcolm Johnson');
      assert.match(dsg.note ?? '', /Elected Deputy Secretary-General at PP-14/);
    } finally {
      await copy.cleanup();
    }
  });

  it('lists both people, rather than pick one, when one is named for a post the other was elected to', async () => {
    const copy = await corpusWithAliases({
      'houlin-zhao': ['Zhao', 'Houlin Zhao'],
      'hamadoun-toure': ['Toure', 'Secretary-General'],
    });
    try {
      const a = await ask('/who Secretary-General', copy.dir);
      assert.equal(a.ok, false);
      assert.deepEqual(a.items.map((i) => i.label).sort(), ['Hamadoun Touré', 'Houlin Zhao']);
    } finally {
      await copy.cleanup();
    }
  });

  it('says a part of several posts is ambiguous and lists the people instead of picking one', async () => {
    const directors = await ask('/who director');
    assert.equal(directors.ok, false);
    assert.equal(directors.title, 'Which person?');
    assert.deepEqual(directors.items.map((i) => i.label).sort(), [
      'Brahima Sanou',
      'Chaesub Lee',
      'François Rancy',
    ]);
    assert.ok(directors.suggestions.includes('/who chaesub-lee'));
    const secretaries = await ask('/who secretary');
    assert.deepEqual(secretaries.items.map((i) => i.label).sort(), ['Houlin Zhao', 'Malcolm Johnson']);
  });

  it('says plainly that an unknown name is no person, suggesting only names that are really close', async () => {
    for (const line of ['/who football', '/who president', '/who Korea']) {
      const a = await ask(line);
      assert.equal(a.ok, false, line);
      assert.equal(a.title, 'No such person', line);
      assert.match(a.text, /No person in the PP-14 corpus matches/, line);
      assert.doesNotMatch(a.text, /Did you mean/, line);
      assert.ok(a.suggestions.includes('/who'), line);
    }
    const close = await ask('/who previous secretary general');
    assert.equal(close.ok, false);
    assert.match(close.text, /Did you mean .*Hamadoun Touré/);
  });

  it('answers punctuation-only or filler-only input with a clear message, not a guess', async () => {
    for (const line of ['/who ###', '/who ?!', '/who the', '/who who is']) {
      const a = await ask(line);
      assert.equal(a.ok, false, line);
      assert.match(a.text, /is not a name or a post/, line);
      assert.deepEqual(a.suggestions, ['/who'], line);
    }
  });

  it('lists the corpus people with what each was elected to when called empty', async () => {
    const a = await ask('/who');
    assert.equal(a.ok, true);
    assert.equal(a.title, 'People in the PP-14 corpus');
    const zhao = a.items.find((i) => i.label === 'Houlin Zhao');
    assert.equal(zhao?.detail, 'Elected Secretary-General at PP-14');
    assert.equal(zhao?.command, '/who houlin-zhao');
    assert.ok(a.items.some((i) => i.label === 'Wonki Min' && /chairman of PP-14/.test(i.detail)));
    assert.match((await ask('/who --page 2')).text, /only 1 page of people/);
  });

  it('says so when the corpus has no people', async () => {
    const a = await ask('/who', MINI_CORPUS);
    assert.equal(a.ok, false);
    assert.match(a.text, /has no entries about people/);
  });

  it('completes only people', async () => {
    const ctx = await contextFor();
    const choices = who.complete?.('zh', ctx) ?? [];
    assert.deepEqual(choices[0], { name: 'Houlin Zhao', value: 'houlin-zhao' });
    const all = who.complete?.('', ctx) ?? [];
    const ids = new Set(ctx.corpus.entries.filter((e) => e.kind === 'person').map((e) => e.id));
    assert.ok(all.length === ids.size && all.every((c) => ids.has(c.value)));
  });

  it('leaves a question starting with "who" and no slash to /ask, while "/who" and "/confbot who" stay commands', async () => {
    for (const line of ['who was elected Secretary-General?', '@confbot who chaired the conference?']) {
      assert.equal((await ask(line)).command, 'ask', line);
    }
    assert.equal((await ask('/who Zhao')).command, 'who');
  });

  it('is declared in the Slack manifest and the Discord registration, with autocomplete', async () => {
    const ctx = await contextFor();
    const manifest = buildSlackManifest(ctx.commands, ctx.corpus.conference, { socketMode: true }) as {
      features: { slash_commands: { command: string; usage_hint?: string }[] };
    };
    assert.ok(manifest.features.slash_commands.some((c) => c.command === '/who'));
    const discord = slashCommandsJson(ctx.commands).find((c) => c.name === 'who');
    assert.equal(discord?.options[0]?.autocomplete, true);
    assert.equal(discord?.options[0]?.required, false);
  });
});
