import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConversationMemory } from '../../src/commands/conversation-memory.ts';
import { dispatch } from '../../src/commands/dispatch.ts';
import { silentLogger } from '../../src/log.ts';
import { contextFor } from '../helpers.ts';

describe('follow-up questions in a conversation', () => {
  it('reads "and the TSB one?" against the previous question of the same thread only', async () => {
    const ctx = await contextFor();
    const memory = new ConversationMemory();
    const ask = (line: string, conversation: string, user = 'U1') =>
      dispatch(line, {
        ctx,
        logger: silentLogger,
        memory,
        requester: { platform: 'slack', channel: 'C1', user, conversation },
      });
    const first = await ask('/ask who won the BR director election?', 'thread-1');
    assert.match(first.answer ?? '', /Rancy/);
    const follow = await ask('/ask and the TSB one?', 'thread-1');
    assert.equal(follow.ok, true);
    assert.match(follow.answer ?? '', /Chaesub Lee/);
    // Another thread, or another user in the same thread, has no previous question to lean on.
    assert.doesNotMatch((await ask('/ask and the TSB one?', 'thread-2')).answer ?? '', /Chaesub Lee/);
    assert.doesNotMatch((await ask('/ask and the TSB one?', 'thread-1', 'U2')).answer ?? '', /Chaesub Lee/);
  });

  it('reads "was it adopted?" as asked about what the previous answer in the thread was about', async () => {
    const ctx = await contextFor();
    const memory = new ConversationMemory();
    const ask = (line: string, conversation: string) =>
      dispatch(line, {
        ctx,
        logger: silentLogger,
        memory,
        requester: { platform: 'slack', channel: 'C1', user: 'U1', conversation },
      });
    await ask('/ask what is resolution 200?', 'thread-3');
    const adopted = await ask('/ask was it adopted?', 'thread-3');
    assert.equal(adopted.ok, true);
    assert.match(adopted.answer ?? '', /[Uu]nanimously/);
    assert.equal((await ask('/ask was it adopted?', 'thread-4')).ok, false, 'another thread has no "it"');
  });

  it('keeps no memory without a conversation (slash commands, the batch CLI)', async () => {
    const ctx = await contextFor();
    const memory = new ConversationMemory();
    await dispatch('/ask who won the BR director election?', {
      ctx,
      logger: silentLogger,
      memory,
      requester: { platform: 'slack' },
    });
    const alone = await dispatch('/ask and the TSB one?', {
      ctx,
      logger: silentLogger,
      memory,
      requester: { platform: 'slack' },
    });
    assert.doesNotMatch(alone.answer ?? '', /Chaesub Lee/);
  });
});
