import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromSlackText } from '../../../src/adapters/slack/message-text.ts';

describe('fromSlackText', () => {
  it('drops the bot mention wherever it is, and keeps the rest', () => {
    assert.equal(fromSlackText('<@UBOT> resolution 174', 'UBOT'), 'resolution 174');
    assert.equal(fromSlackText('hey <@UBOT|confbot>: what about OTT?', 'UBOT'), 'hey what about OTT?');
  });

  it('drops leading mentions when the bot id is unknown', () => {
    assert.equal(fromSlackText('<@U1> <@U2> ask x'), 'ask x');
  });

  it('turns links, channels and other mentions into their labels and unescapes &, <, >', () => {
    assert.equal(
      fromSlackText('see <https://x.org|OTT> &amp; &lt;b&gt; in <#C1|general>, <https://y.org>', 'UBOT'),
      'see OTT & <b> in general, https://y.org',
    );
  });
});
