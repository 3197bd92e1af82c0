import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Answer } from '../../src/answer.ts';
import { dispatch } from '../../src/commands/dispatch.ts';
import {
  labelledStatement,
  outcomeStatusText,
  TITLE_NOT_VERIFIED_LABEL,
} from '../../src/commands/status-labels.ts';
import { silentLogger } from '../../src/log.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { toJson } from '../../src/render/json.ts';
import { renderSlack } from '../../src/render/slack.ts';
import { renderText } from '../../src/render/text.ts';
import { contextFor, ROOT } from '../helpers.ts';

const MARKED = join(ROOT, 'test', 'fixtures', 'marked-corpus');
const DISPUTED = 'Withdrawn (EXI) · not accepted (ExSoc) · not agreed (Doe)';

async function run(line: string): Promise<Answer> {
  return dispatch(line, { ctx: await contextFor(MARKED), logger: silentLogger });
}

/** Everything a Slack message shows, as one string. */
function slackText(answer: Answer): string {
  return JSON.stringify(renderSlack(answer));
}

/** Everything a Discord message shows, as one string. */
function discordText(answer: Answer): string {
  return JSON.stringify(renderDiscord(answer).map((m) => m.embeds));
}

describe('outcomeStatusText', () => {
  it("shows each source's wording with its short name when the sources disagree", async () => {
    const { corpus } = await contextFor(MARKED);
    assert.equal(outcomeStatusText(corpus.byId.get('harbour-fee') as never, corpus), DISPUTED);
  });
});

describe('/outcome of a disputed outcome', () => {
  it("shows every source's status in text and JSON, and cites each source", async () => {
    const answer = await run('/outcome harbour-fee');
    assert.equal(answer.ok, true);
    const text = renderText(answer);
    assert.match(text, new RegExp(`^Status: ${DISPUTED.replace(/[()]/g, '\\$&')}$`, 'm'));
    assert.doesNotMatch(text, /Status: (Withdrawn|Disputed|Not verified)$/m);
    const json = toJson(answer);
    assert.ok(json.text.includes(`Status: ${DISPUTED}`), json.text);
    assert.deepEqual(answer.citations.map((c) => c.id).sort(), [
      'example-dispatch',
      'example-report',
      'example-society',
    ]);
  });

  it('shows it on Slack and Discord too', async () => {
    const answer = await run('/outcome harbour-fee');
    assert.ok(slackText(answer).includes(DISPUTED), slackText(answer));
    assert.ok(discordText(answer).includes(DISPUTED), discordText(answer));
  });

  it('lists it with its sources in the outcome list', async () => {
    const text = renderText(await run('/outcome'));
    assert.ok(
      text.includes(`Proposed harbour fee (withdrawn (EXI) · not accepted (ExSoc) · not agreed (Doe))`),
      text,
    );
  });
});

describe('/resolution of a text whose title is not verified', () => {
  it('labels it in text and JSON, and never shows the label as the title', async () => {
    const answer = await run('/resolution 9');
    assert.equal(answer.title, 'Resolution 9 (Rev. Exampleville, 2030)');
    assert.deepEqual(answer.labels, [TITLE_NOT_VERIFIED_LABEL]);
    assert.ok(!answer.fields.some((f) => f.label === 'Title'), 'no Title field');
    const text = renderText(answer);
    assert.match(text, /^\[Official title not verified\]$/m);
    const json = toJson(answer);
    assert.deepEqual(json.labels, ['Official title not verified']);
    assert.doesNotMatch(json.title, /not verified/i);
    assert.ok(json.text.includes('[Official title not verified]'));
  });

  it('labels it on Slack and Discord, outside the header and the embed title', async () => {
    const answer = await run('/resolution decision 4');
    assert.equal(answer.title, 'Decision 4');
    const slack = renderSlack(answer)[0];
    const header = slack?.blocks[0];
    assert.ok(header?.type === 'header' && !/not verified/i.test(header.text.text));
    assert.ok(slackText(answer).includes('[Official title not verified]'));
    const embed = renderDiscord(answer)[0]?.embeds[0];
    assert.doesNotMatch(embed?.title ?? '', /not verified/i);
    // Discord Markdown escapes the brackets (`\[`), which Discord shows as plain brackets.
    assert.match(embed?.description ?? '', /^\\?\[Official title not verified\\?\]/);
  });

  it('says so as a label in the list, not as a title', async () => {
    const text = renderText(await run('/resolution'));
    assert.match(text, /Decision 4 - \(official title not verified\)/);
    assert.doesNotMatch(text, /not in the corpus/);
  });

  it('keeps a verified title as the Title field and adds no label', async () => {
    const answer = await dispatch('/resolution 174', { ctx: await contextFor(), logger: silentLogger });
    assert.equal(answer.labels, undefined);
    assert.ok(answer.fields.some((f) => f.label === 'Title'));
    assert.equal(toJson(answer).labels, undefined);
  });
});

describe('a statement marked [only]', () => {
  it('carries "(only <publisher> reports this)" in the body, fields and every renderer', async () => {
    const res = await run('/resolution 9');
    const line = 'The assembly added a review clause to Resolution 9. (only EXI reports this)';
    assert.ok(renderText(res).includes(line), renderText(res));
    assert.ok(toJson(res).text.includes(line));
    assert.ok(slackText(res).includes('(only EXI reports this)'));
    assert.ok(discordText(res).includes('(only EXI reports this)'));
    const outcome = renderText(await run('/outcome harbour-fee'));
    assert.match(outcome, /^Sponsor: Norway, in a late proposal\. \(only Doe reports this\)$/m);
  });

  it('is labelled only when marked', async () => {
    const { corpus } = await contextFor(MARKED);
    const plain = { text: 'Said.', citations: ['example-dispatch'] };
    assert.equal(labelledStatement(plain, corpus), 'Said.');
    assert.equal(
      labelledStatement({ ...plain, singleSource: true, uncertain: true }, corpus),
      'Said. (unverified) (only EXI reports this)',
    );
  });
});
