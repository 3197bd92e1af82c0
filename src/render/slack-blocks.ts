/**
 * Block Kit types and action ids of the Slack renderers. The types are Slack's own, from `@slack/types`
 * as Bolt re-exports them, narrowed to what the renderers produce, so a page can be passed to
 * `chat.postMessage`, `respond`, `say` or a view as it is.
 */

import type { types as slack } from '@slack/bolt';

/** Options for {@link renderSlack}. */
export interface SlackRenderOptions {
  /**
   * Adds a "Share in channel" button. `value` is what Slack sends back when it is clicked; the adapter
   * decides what it holds (typically the command line to answer again in the channel).
   */
  share?: { value: string };
  /** The Slack user id (`U123ABC`) of whoever shared this answer into a channel, shown under the title. */
  sharedBy?: string;
}

/** A Block Kit `plain_text` object (no markup, no escaping). */
export type SlackPlainText = slack.PlainTextElement;

/** A Block Kit `mrkdwn` object. Its text is escaped with {@link escapeMrkdwn}. */
export type SlackMrkdwn = slack.MrkdwnElement;

/** The title of a message. */
export type SlackHeaderBlock = slack.HeaderBlock;

/** Prose (`text`) or label/value pairs shown in two columns (`fields`). */
export type SlackSectionBlock = Omit<slack.SectionBlock, 'text' | 'fields'> & {
  text?: SlackMrkdwn;
  fields?: SlackMrkdwn[];
};

/** Small grey text: notes, paging, sources, related commands. */
export type SlackContextBlock = Omit<slack.ContextBlock, 'elements'> & { elements: SlackMrkdwn[] };

/** A button whose click Slack reports to the app as a `block_actions` payload. */
export type SlackButton = Omit<slack.Button, 'value' | 'action_id'> & { value: string; action_id: string };

/** A row of buttons. */
export type SlackActionsBlock = Omit<slack.ActionsBlock, 'elements'> & { elements: SlackButton[] };

/** The blocks the renderers produce: a subset of Slack's `KnownBlock`. */
export type SlackBlock = SlackHeaderBlock | SlackSectionBlock | SlackContextBlock | SlackActionsBlock;

/** One Slack message: the fallback `text` for notifications and the blocks that are shown. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** `action_id` prefix of the suggestion buttons: `confbot_suggest_0`, `confbot_suggest_1`, ... */
export const SUGGEST_ACTION_PREFIX = 'confbot_suggest_';
/** `action_id` of the "Next page" button; its value is the command line of the next page. */
export const NEXT_ACTION_ID = 'confbot_next';
/** `action_id` of the "Share in channel" button; its value is {@link SlackRenderOptions.share}. */
export const SHARE_ACTION_ID = 'confbot_share';
/** `action_id` of a compact card's "More" button; its value is the command line of the full answer. */
export const MORE_ACTION_ID = 'confbot_more';
