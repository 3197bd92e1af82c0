import type { App } from '@slack/bolt';
import { MAX_INPUT_CHARS } from '../../commands/input.ts';
import { MESSAGE_ACTIONS } from '../../commands/registry.ts';
import type { CommandContext } from '../../commands/types.ts';
import type { Logger } from '../../log.ts';
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
import type { AnswerFn } from './answer-fn.ts';

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

  app.view(SEARCH_VIEW_ID, async ({ ack, view, body }) => {
    const text = (view.state.values[SEARCH_BLOCK_ID]?.[SEARCH_INPUT_ID]?.value ?? '').trim();
    if (text === '') {
      await ack({
        response_action: 'errors',
        errors: { [SEARCH_BLOCK_ID]: 'Type a question or a command.' },
      });
      return;
    }
    const reply = await answer(text, body.user.id);
    logger.debug('slack search modal answered', { ok: reply.ok });
    await ack({ response_action: 'update', view: answerModal(reply, MAX_INPUT_CHARS) });
  });
}

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
