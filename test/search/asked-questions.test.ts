import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AskedQuestions } from '../../src/search/asked-questions.ts';
import { contextFor } from '../helpers.ts';

describe('asked questions', () => {
  it('names the entry whose authored question holds most of the words asked', async () => {
    const { corpus } = await contextFor();
    const asked = new AskedQuestions(corpus);
    assert.ok(asked.entriesAsked('who chaired the editorial committee').includes('facts'));
  });

  it('never names an entry whose authored question lacks a number the user gives', async () => {
    const { corpus } = await contextFor();
    const asked = new AskedQuestions(corpus);
    assert.ok(
      !asked.entriesAsked('who chaired committee 5').includes('facts'),
      '"Committee 5" is not the editorial committee',
    );
  });
});
