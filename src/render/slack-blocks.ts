/** Block Kit types and action ids of the Slack renderer. */

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
export interface SlackPlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

/** A Block Kit `mrkdwn` object. Its text is escaped with {@link escapeMrkdwn}. */
export interface SlackMrkdwn {
  type: 'mrkdwn';
  text: string;
  verbatim?: boolean;
}

/** The title of a message. */
export interface SlackHeaderBlock {
  type: 'header';
  text: SlackPlainText;
}

/** Prose (`text`) or label/value pairs shown in two columns (`fields`). */
export interface SlackSectionBlock {
  type: 'section';
  text?: SlackMrkdwn;
  fields?: SlackMrkdwn[];
}

/** Small grey text: notes, paging, sources, related commands. */
export interface SlackContextBlock {
  type: 'context';
  elements: SlackMrkdwn[];
}

/** A button whose click Slack reports to the app as a `block_actions` payload. */
export interface SlackButton {
  type: 'button';
  text: SlackPlainText;
  action_id: string;
  value: string;
  style?: 'primary';
}

/** A row of buttons. */
export interface SlackActionsBlock {
  type: 'actions';
  elements: SlackButton[];
}

/**
 * The blocks this renderer produces: a subset of Slack's `KnownBlock`, so a page can be passed to
 * `chat.postMessage`, `respond` or `say` as it is.
 */
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
