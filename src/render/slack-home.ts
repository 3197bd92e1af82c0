/**
 * Slack views: the App Home tab (what confbot knows, its commands, a search box) and the search modal
 * with its answer. Pure: the adapter publishes and opens them.
 */

import type { types as slack } from '@slack/bolt';
import type { Answer } from '../answer.ts';
import { renderSlack } from './slack.ts';
import { MAX_SECTION_TEXT } from './slack-limits.ts';
import { ellipsize, escapeMrkdwn, oneLine } from './slack-text.ts';

/** `action_id` of the Home tab's "Search or ask" button, which opens the search modal. */
export const HOME_SEARCH_ACTION_ID = 'confbot_home_search';
/** `callback_id` of the search modal; its submission is answered in the modal. */
export const SEARCH_VIEW_ID = 'confbot_search';
/** `block_id` of the modal's text input. */
export const SEARCH_BLOCK_ID = 'confbot_search_query';
/** `action_id` of the modal's text input; its value is in `view.state.values[block][action]`. */
export const SEARCH_INPUT_ID = 'query';
/** Blocks of a view: Slack allows 100 in a modal or a Home tab. */
export const MAX_VIEW_BLOCKS = 100;

/** What the Home tab tells: the conference, what the corpus holds, the commands with an example each. */
export interface HomeInfo {
  conferenceName: string;
  shortName: string;
  /** "30 resolutions and decisions", "12 outcomes", ... */
  counts: string[];
  commands: { example: string; description: string }[];
  /** The message shortcut's name, so the Home tab can point to it. */
  shortcutName?: string;
  /** Longest question the search box takes. */
  maxInput: number;
  /** The last answers this user was given, newest first, when a store keeps them. */
  recent?: { title: string; line: string }[];
}

/** Recent answers listed on the Home tab. */
export const MAX_HOME_RECENT = 5;

/** The Home tab view for `views.publish`. */
export function homeView(info: HomeInfo): slack.HomeView {
  const commands = info.commands
    .map((c) => `• \`${escapeMrkdwn(oneLine(c.example))}\` – ${escapeMrkdwn(oneLine(c.description))}`)
    .join('\n');
  const blocks: slack.KnownBlock[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: ellipsize(`confbot: ${oneLine(info.shortName)}`, 150), emoji: true },
    },
    {
      type: 'section',
      text: mrkdwn(
        `I answer questions about *${escapeMrkdwn(oneLine(info.conferenceName))}* from a curated corpus, and I name my sources.${
          info.counts.length > 0 ? `\nThe corpus holds ${escapeMrkdwn(info.counts.join(', '))}.` : ''
        }`,
      ),
    },
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: HOME_SEARCH_ACTION_ID,
          text: { type: 'plain_text', text: 'Search or ask', emoji: true },
          style: 'primary',
          value: 'search',
        },
      ],
    },
    { type: 'divider' },
    ...recentBlocks(info.recent ?? []),
    { type: 'section', text: mrkdwn(ellipsize(`*Commands*\n${commands}`, MAX_SECTION_TEXT)) },
    {
      type: 'context',
      elements: [
        mrkdwn(
          `In a channel, mention @confbot with a question${
            info.shortcutName ? `, or choose “${escapeMrkdwn(info.shortcutName)}” in a message's menu` : ''
          }. Answers show as a short card; “More” shows the rest to you only.`,
        ),
      ],
    },
  ];
  return { type: 'home', blocks };
}

/** The search modal: one text box for a question or a command. */
export function searchModal(maxInput: number, answerBlocks: slack.KnownBlock[] = []): slack.ModalView {
  return {
    type: 'modal',
    callback_id: SEARCH_VIEW_ID,
    title: { type: 'plain_text', text: 'Search confbot' },
    submit: { type: 'plain_text', text: 'Ask' },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [
      {
        type: 'input',
        block_id: SEARCH_BLOCK_ID,
        label: { type: 'plain_text', text: 'A question or a command' },
        element: {
          type: 'plain_text_input',
          action_id: SEARCH_INPUT_ID,
          max_length: maxInput,
          placeholder: {
            type: 'plain_text',
            text: 'e.g. /resolution 174, or who was elected Secretary-General?',
          },
        },
      },
      ...(answerBlocks.length > 0 ? [{ type: 'divider' } as const, ...answerBlocks] : []),
    ].slice(0, MAX_VIEW_BLOCKS),
  };
}

/**
 * The search modal with an answer under the box, so the next question can follow: the full answer (a
 * modal is private and scrolls), first page, without buttons, since a button in a view has no
 * `response_url` to answer through; related commands stay as text.
 */
export function answerModal(answer: Answer, maxInput: number): slack.ModalView {
  const [page] = renderSlack(answer);
  return searchModal(
    maxInput,
    (page?.blocks ?? []).filter((b) => b.type !== 'actions'),
  );
}

/** "Your last answers": each with the command that gives it again, so it can be typed or copied. */
function recentBlocks(recent: { title: string; line: string }[]): slack.KnownBlock[] {
  const lines = recent
    .slice(0, MAX_HOME_RECENT)
    .map(
      (r) =>
        `• ${ellipsize(escapeMrkdwn(oneLine(r.title)), 120)} \`${ellipsize(escapeMrkdwn(oneLine(r.line)), 200)}\``,
    );
  if (lines.length === 0) return [];
  return [
    {
      type: 'section',
      text: mrkdwn(ellipsize(`*Your last answers*\n${lines.join('\n')}`, MAX_SECTION_TEXT)),
    },
  ];
}

function mrkdwn(text: string): slack.MrkdwnElement {
  return { type: 'mrkdwn', text, verbatim: true };
}
