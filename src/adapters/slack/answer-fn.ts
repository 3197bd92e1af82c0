import type { Answer } from '../../answer.ts';

/**
 * Answers one line for a Slack user in a channel, through the dispatcher with the adapter's logger and
 * limits. The handler modules (More, App Home, the message shortcut) share the one the adapter builds.
 */
export type AnswerFn = (line: string, user: string | undefined, channel?: string) => Promise<Answer>;
