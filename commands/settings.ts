import { makeAnswer } from '../src/answer.ts';
import { defineAdminCommand } from '../src/commands/admin.ts';
import { userError } from '../src/errors.ts';
import type { ChannelSettings } from '../src/store/types.ts';

const USAGE = '/confbot settings [visibility private|channel] [passive on|off]';

/** `/confbot settings ...` (admins): shows or changes this channel's default visibility and passive lookups. */
export default defineAdminCommand<Partial<ChannelSettings>>({
  name: 'settings',
  description: "Admins: this channel's answer visibility and passive lookups",
  usage: USAGE,
  option: {
    name: 'change',
    description: 'e.g. "passive on" or "visibility channel"; empty shows them',
    required: false,
  },
  parse(raw) {
    const words = raw
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== '');
    const patch: Partial<ChannelSettings> = {};
    for (let i = 0; i < words.length; i += 2) {
      const [key, value] = [words[i], words[i + 1]];
      if (key === 'visibility' && (value === 'private' || value === 'channel')) patch.visibility = value;
      else if (key === 'passive' && (value === 'on' || value === 'off')) patch.passive = value === 'on';
      else
        throw userError(
          'bad-argument',
          `I do not know the setting "${[key, value].filter(Boolean).join(' ')}".`,
        );
    }
    return patch;
  },
  async run(patch, { store, platform, channel, user }) {
    if (!channel)
      throw userError('bad-argument', 'Settings belong to a channel: run this in the channel to set.');
    const changed = Object.keys(patch).length > 0;
    const now = changed
      ? await store.updateChannelSettings(platform, channel, patch, user)
      : await store.channelSettings(platform, channel);
    return makeAnswer({
      ok: true,
      command: 'settings',
      title: changed ? 'Channel settings saved' : 'Channel settings',
      fields: [
        {
          label: 'Answers',
          value: now.visibility === 'channel' ? 'posted in the channel' : 'shown only to the asker',
        },
        { label: 'Passive lookups', value: now.passive ? 'on' : 'off' },
      ],
      body: [changed ? 'Every replica uses them from now on.' : `Change them with ${USAGE}.`],
    });
  },
});
