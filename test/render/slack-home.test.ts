import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { homeInfo } from '../../src/adapters/slack/home.ts';
import { makeAnswer } from '../../src/answer.ts';
import {
  answerModal,
  HOME_SEARCH_ACTION_ID,
  homeView,
  MAX_HOME_RECENT,
  MAX_VIEW_BLOCKS,
  SEARCH_BLOCK_ID,
  searchModal,
} from '../../src/render/slack-home.ts';
import { contextFor } from '../helpers.ts';

const json = (x: unknown) => JSON.stringify(x) ?? '';

describe('Slack Home tab and search modal views', () => {
  it('tells what the corpus holds and every command by its example, with a search button', async () => {
    const view = homeView(homeInfo(await contextFor()));
    assert.equal(view.type, 'home');
    assert.ok(view.blocks.length <= MAX_VIEW_BLOCKS);
    assert.match(json(view), /ITU Plenipotentiary Conference 2014/);
    assert.match(json(view), /\d+ resolutions and decisions, \d+ outcomes, \d+ topics, \d+ sources/);
    for (const example of ['/resolution 174', '/help']) assert.ok(json(view).includes(example), example);
    assert.match(json(view), /Ask confbot about this/, 'points to the message shortcut');
    assert.match(json(view), new RegExp(HOME_SEARCH_ACTION_ID));
    assert.doesNotMatch(json(view), /Your last answers/, 'no recent section without a store');
  });

  it('lists the last answers when a store gives them, at most five, escaped', async () => {
    const recent = Array.from({ length: 8 }, (_, i) => ({
      title: `<!channel> answer ${i}`,
      line: `/resolution ${i}`,
    }));
    const view = homeView({ ...homeInfo(await contextFor()), recent });
    const text = json(view);
    assert.match(text, /Your last answers/);
    assert.equal(text.match(/answer \d/g)?.length, MAX_HOME_RECENT);
    assert.doesNotMatch(text, /<!channel>/);
  });

  it('keeps the question box above the answer in the modal, and no buttons in it', async () => {
    const empty = searchModal(1000);
    assert.equal(empty.blocks[0]?.type, 'input');
    assert.equal(empty.blocks[0]?.block_id, SEARCH_BLOCK_ID);
    assert.ok(empty.title.text.length <= 24 && (empty.submit?.text.length ?? 0) <= 24);
    const long = makeAnswer({
      ok: true,
      command: 'facts',
      title: 'Facts',
      body: Array.from({ length: 200 }, (_, i) => `Paragraph ${i}.`),
      suggestions: ['/help'],
    });
    const modal = answerModal(long, 1000);
    assert.equal(modal.blocks[0]?.type, 'input');
    assert.ok(modal.blocks.length <= MAX_VIEW_BLOCKS);
    assert.ok(!modal.blocks.some((b) => b.type === 'actions'));
    assert.match(json(modal), /Paragraph 0\./);
  });
});
