import type { App, types } from '@slack/bolt';
import { MAX_INPUT_CHARS } from '../../commands/input.ts';
import type { CommandContext } from '../../commands/types.ts';
import type { Logger } from '../../log.ts';
import { MESSAGE_ACTIONS } from '../../registry/registry.ts';
import {
  answerModal,
  HOME_SEARCH_ACTION_ID,
  type HomeInfo,
  homeView,
  SEARCH_BLOCK_ID,
  SEARCH_INPUT_ID,
  SEARCH_VIEW_ID,
  searchModal,
} from '../../render/slack-home.ts';
import type { ContextHolder } from '../../runtime/context-holder.ts';
import { beforeDeadline } from '../deadline.ts';
import type { AnswerFn } from './answer-fn.ts';

/**
 * A view submission must be acknowledged within 3 s, with the view it leaves open. Answers take
 * milliseconds; a slower one acks with a "working on it" view and replaces it with `views.update`.
 */
export const MODAL_DEADLINE_MS = 2500;

/** What the Home tab needs from the adapter. */
export interface HomeDeps {
  contexts: ContextHolder;
  answer: AnswerFn;
  logger: Logger;
  /**
   * The last answers a user was given, newest first, from wherever answers are stored. Without it the
   * Home tab has no "Your last answers" section; when it fails, the tab is published without it.
   */
  recentAnswers?: (user: string) => Promise<{ title: string; line: string }[]>;
}

/**
 * The App Home tab: published to each user when they open it (`app_home_opened` -> `views.publish`),
 * with a "Search or ask" button that opens a modal; a question typed there is answered in the modal.
 * Needs the Home tab enabled and the `app_home_opened` event (see manifest.ts); no extra scope.
 */
export function registerHome(app: App, { contexts, answer, logger, recentAnswers }: HomeDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const recent = recentAnswers
      ? await recentAnswers(event.user).catch((err: unknown) => {
          logger.warn('recent answers unavailable', { error: String(err) });
          return [];
        })
      : [];
    const info = { ...homeInfo(contexts.current()), ...(recent.length > 0 ? { recent } : {}) };
    await client.views.publish({ user_id: event.user, view: homeView(info) });
  });

  app.action(HOME_SEARCH_ACTION_ID, async ({ ack, body, client }) => {
    await ack();
    const trigger = 'trigger_id' in body ? body.trigger_id : undefined;
    if (!trigger) return;
    await client.views.open({ trigger_id: trigger, view: searchModal(MAX_INPUT_CHARS) });
  });

  app.view(SEARCH_VIEW_ID, async ({ ack, view, body, client }) => {
    const text = (view.state.values[SEARCH_BLOCK_ID]?.[SEARCH_INPUT_ID]?.value ?? '').trim();
    if (text === '') {
      await ack({
        response_action: 'errors',
        errors: { [SEARCH_BLOCK_ID]: 'Type a question or a command.' },
      });
      return;
    }
    const pending = answer(text, body.user.id);
    const onTime = await beforeDeadline(pending, MODAL_DEADLINE_MS);
    if (onTime) {
      await ack({ response_action: 'update', view: answerModal(onTime, MAX_INPUT_CHARS) });
      return;
    }
    await ack({ response_action: 'update', view: searchModal(MAX_INPUT_CHARS, [WORKING]) });
    const late = await pending;
    logger.info('slack search modal answered late', { ok: late.ok });
    await client.views.update({ view_id: view.id, view: answerModal(late, MAX_INPUT_CHARS) });
  });
}

/** Shown under the question box while a slow answer is on its way. */
const WORKING: types.ContextBlock = {
  type: 'context',
  elements: [{ type: 'mrkdwn', text: 'Working on it…' }],
};

/** What the Home tab says about the loaded corpus: its conference, counts and commands. */
export function homeInfo(ctx: CommandContext): HomeInfo {
  const count = (kinds: string[]) => ctx.corpus.entries.filter((e) => kinds.includes(e.kind)).length;
  const counts = [
    [count(['resolution', 'decision']), 'resolutions and decisions'],
    [count(['outcome']), 'outcomes'],
    [count(['topic', 'glossary', 'person', 'event']), 'topics'],
    [count(['source']), 'sources'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, what]) => `${n} ${what}`);
  return {
    conferenceName: ctx.corpus.conference.name,
    shortName: ctx.corpus.conference.shortName,
    counts,
    commands: ctx.commands.map((c) => ({
      example: c.examples[0] ?? `/${c.name}`,
      description: c.description,
    })),
    ...(MESSAGE_ACTIONS[0] ? { shortcutName: MESSAGE_ACTIONS[0].name } : {}),
    maxInput: MAX_INPUT_CHARS,
  };
}
