import type { Answer } from '../answer.ts';
import type { SlackButton, SlackRenderOptions } from './slack-blocks.ts';
import { NEXT_ACTION_ID, SHARE_ACTION_ID, SUGGEST_ACTION_PREFIX } from './slack-blocks.ts';
import { MAX_ACTIONS_ELEMENTS, MAX_BUTTON_TEXT, MAX_BUTTON_VALUE } from './slack-limits.ts';
import { ellipsize, neutralizeSlackMentions, oneLine } from './slack-text.ts';

/** Suggestions shown as buttons; the rest are listed in a context line, so a row of buttons stays readable. */
const MAX_SUGGESTION_BUTTONS = 5;

/**
 * The buttons: one per suggestion (at most MAX_SUGGESTION_BUTTONS), "Next page" and "Share in channel".
 * A button's value must come back whole to be of use, so a value longer than MAX_BUTTON_VALUE gets no
 * button: such suggestions are returned in `rest` to be listed as text, and the next page stays named in
 * the paging line.
 */
export function actionButtons(
  answer: Answer,
  options: SlackRenderOptions,
): { buttons: SlackButton[]; rest: string[] } {
  const next = answer.page?.next;
  const suggestions = answer.suggestions.map((s) => s.trim()).filter((s) => s !== '' && s !== next?.trim());
  const buttons: SlackButton[] = [];
  const rest: string[] = [];
  for (const suggestion of suggestions) {
    if (buttons.length < MAX_SUGGESTION_BUTTONS && suggestion.length <= MAX_BUTTON_VALUE) {
      buttons.push(button(suggestion, `${SUGGEST_ACTION_PREFIX}${buttons.length}`, suggestion));
    } else {
      rest.push(suggestion);
    }
  }
  if (next && next.trim() !== '' && next.length <= MAX_BUTTON_VALUE) {
    buttons.push(button('Next page', NEXT_ACTION_ID, next));
  }
  const share = options.share?.value;
  if (share && share.length <= MAX_BUTTON_VALUE) {
    buttons.push({ ...button('Share in channel', SHARE_ACTION_ID, share), style: 'primary' });
  }
  return { buttons: buttons.slice(0, MAX_ACTIONS_ELEMENTS), rest };
}

function button(label: string, actionId: string, value: string): SlackButton {
  return {
    type: 'button',
    text: {
      type: 'plain_text',
      text: ellipsize(oneLine(neutralizeSlackMentions(label)), MAX_BUTTON_TEXT),
      emoji: true,
    },
    action_id: actionId,
    value,
  };
}
