import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { runChat } from '../../../src/adapters/terminal/chat.ts';
import { silentLogger } from '../../../src/log.ts';
import { COMPACT_TEXT_MAX_CHARS } from '../../../src/render/compact-limits.ts';
import { MORE_HINT } from '../../../src/render/text-compact.ts';
import { contextFor } from '../../helpers.ts';

/** Runs the chat on piped lines and returns everything it wrote. */
async function chat(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (chunk) => {
    out += String(chunk);
  });
  const done = runChat({ ctx: await contextFor(), logger: silentLogger, input, output, interactive: false });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return out;
}

describe('terminal chat', () => {
  it('answers with a compact card, and /more prints the whole of the last answer', async () => {
    const out = await chat(['/resolution 174', '/more']);
    const [card, full] = out.split(MORE_HINT);
    assert.ok(card !== undefined && full !== undefined, 'the card ends with the /more hint');
    assert.ok(`${card}${MORE_HINT}`.trim().length <= COMPACT_TEXT_MAX_CHARS);
    assert.match(card, /^Resolution 174 \(Rev\. Busan, 2014\) · Revised/);
    assert.doesNotMatch(card, /How it came about/);
    assert.match(full, /How it came about/);
    assert.match(full, /newamerica\.org/, 'the full sources, with their links');
  });

  it('says so when /more comes before any answer, and keeps going', async () => {
    const out = await chat(['/more', '/help']);
    assert.match(out, /Nothing to expand yet/);
    assert.match(out, /\/resolution 174 - A resolution or decision/);
    assert.doesNotMatch(out, /Example:/);
  });
});
