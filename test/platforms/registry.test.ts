import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import type { PlatformContext } from '../../src/adapters/platform.ts';
import { readConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { platformsFor } from '../../src/platforms/registry.ts';
import { ContextHolder } from '../../src/runtime/context-holder.ts';
import { InFlight } from '../../src/runtime/in-flight.ts';
import { contextFor } from '../helpers.ts';

const SLACK_HTTP = { SLACK_BOT_TOKEN: 'xoxb-1-2', SLACK_SIGNING_SECRET: 'secret' };
const SLACK_SOCKET = { SLACK_BOT_TOKEN: 'xoxb-1-2', SLACK_APP_TOKEN: 'xapp-1-2' };
const DISCORD = { DISCORD_TOKEN: 'token', DISCORD_APP_ID: '123456789012345678' };

/** The names and flags of the platforms a set of environment variables starts. */
function picked(env: Record<string, string>) {
  return platformsFor(readConfig(env)).map(({ name, servesHealth, foreground }) => ({
    name,
    servesHealth,
    foreground,
  }));
}

describe('the platform registry', () => {
  it('starts the terminal chat, in the foreground, when no platform token is set', () => {
    assert.deepEqual(picked({}), [{ name: 'terminal', servesHealth: false, foreground: true }]);
  });

  it('starts only the platforms whose tokens are set, Slack before Discord, never the terminal with them', () => {
    assert.deepEqual(
      picked(DISCORD).map((p) => p.name),
      ['discord'],
    );
    assert.deepEqual(
      picked({ ...SLACK_SOCKET, ...DISCORD }).map((p) => p.name),
      ['slack', 'discord'],
    );
  });

  it('lets Slack serve the health routes in HTTP mode only', () => {
    assert.equal(picked(SLACK_HTTP)[0]?.servesHealth, true);
    assert.equal(picked(SLACK_SOCKET)[0]?.servesHealth, false);
  });

  it('reports a platform not ready before it starts', () => {
    for (const platform of platformsFor(readConfig({ ...SLACK_SOCKET, ...DISCORD }))) {
      assert.equal(platform.ready(), false, platform.name);
    }
  });

  it('ends the terminal chat on stop() while its input is still open', async () => {
    const [terminal] = platformsFor(readConfig({}));
    assert.ok(terminal);
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (chunk) => {
      out += String(chunk);
    });
    const context: PlatformContext = {
      config: readConfig({}),
      logger: silentLogger,
      contexts: new ContextHolder(await contextFor()),
      inflight: new InFlight(),
      routes: [],
      onFatal: () => {},
      input,
      output,
    };
    await terminal.start(context);
    assert.equal(terminal.ready(), true);
    input.write('/resolution 174\n');
    for (let i = 0; i < 100 && !out.includes('Resolution 174'); i++)
      await new Promise((r) => setTimeout(r, 20));
    assert.match(out, /Resolution 174/);
    await terminal.stop();
    await terminal.ended?.();
    assert.equal(terminal.ready(), false);
  });
});
