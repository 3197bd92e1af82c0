import type { App } from '@slack/bolt';
import { MORE_ACTION_ID, renderSlack } from '../../render/slack.ts';
import type { AnswerFn } from './answer-fn.ts';

/**
 * Most messages "More" sends. A `response_url` allows 5 uses in 30 minutes, and a long answer that
 * needs more pages than this is better read with its own paging.
 */
export const MAX_MORE_PAGES = 4;

/**
 * "More" on a compact card: the full answer (the long form), to the person who clicked only, as
 * ephemeral follow-ups through the click's `response_url`. The card itself is left as it is, so a card
 * in a channel never grows for everyone.
 */
export function registerMore(app: App, { answer }: { answer: AnswerFn }): void {
  app.action(MORE_ACTION_ID, async ({ ack, action, body, respond }) => {
    await ack();
    const line = 'value' in action ? String(action.value ?? '') : '';
    if (line === '') return;
    const reply = await answer(line, body.user.id, body.channel?.id);
    for (const page of renderSlack(reply).slice(0, MAX_MORE_PAGES)) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...page });
    }
  });
}
