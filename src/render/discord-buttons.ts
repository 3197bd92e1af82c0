/** Buttons of Discord answers (suggestions, paging, share) and autocomplete choices, within Discord's limits. */

import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type { Answer } from '../answer.ts';
import type { DiscordAction, DiscordActionRow, DiscordButton, DiscordRenderOptions } from './discord.ts';
import {
  MAX_AUTOCOMPLETE_CHOICES,
  MAX_BUTTON_LABEL,
  MAX_BUTTONS_PER_ROW,
  MAX_CHOICE_NAME,
  MAX_CHOICE_VALUE,
  MAX_CUSTOM_ID,
} from './discord-limits.ts';
import { ellipsize, neutralizeMentions, oneLine, safeCut } from './discord-text.ts';

/** Suggestions shown as buttons; the rest are listed in a field, so a row of buttons stays readable. */
const MAX_SUGGESTION_BUTTONS = 5;

/**
 * The buttons: a row of suggestions (at most MAX_SUGGESTION_BUTTONS, secondary), then a row with
 * "Previous page", "Next page" (primary) and "Share in channel" (success). Suggestions that get no
 * button are returned in `rest`, to be listed as text.
 */
export function buttonRows(
  answer: Answer,
  options: DiscordRenderOptions,
): { rows: DiscordActionRow[]; rest: string[] } {
  const makeId = options.customId ?? defaultCustomId;
  const used = new Set<string>();
  const button = (
    action: DiscordAction,
    line: string,
    label: string,
    style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success,
  ) => {
    const id = makeId(action, line);
    if (typeof id !== 'string' || id.length === 0 || id.length > MAX_CUSTOM_ID || used.has(id))
      return undefined;
    used.add(id);
    const text = ellipsize(neutralizeMentions(oneLine(label)), MAX_BUTTON_LABEL, false);
    return {
      type: ComponentType.Button,
      style,
      label: text || 'Open',
      custom_id: id,
    } satisfies DiscordButton;
  };
  const paging = [answer.page?.next, answer.page?.previous].map((l) => l?.trim());
  const suggestions = [...new Set(answer.suggestions.map((s) => s.trim()))].filter(
    (s) => s !== '' && !paging.includes(s),
  );
  const suggest: DiscordButton[] = [];
  const rest: string[] = [];
  for (const line of suggestions) {
    const b =
      suggest.length < MAX_SUGGESTION_BUTTONS
        ? button('suggest', line, line, ButtonStyle.Secondary)
        : undefined;
    if (b) suggest.push(b);
    else rest.push(line);
  }
  const nav: (DiscordButton | undefined)[] = [];
  const previous = answer.page?.previous?.trim();
  const next = answer.page?.next?.trim();
  if (previous) nav.push(button('previous', previous, 'Previous page', ButtonStyle.Primary));
  if (next) nav.push(button('next', next, 'Next page', ButtonStyle.Primary));
  if (options.share) nav.push(button('share', options.share.line, 'Share in channel', ButtonStyle.Success));
  const rows = [suggest, nav.filter((b): b is DiscordButton => b !== undefined)]
    .filter((r) => r.length > 0)
    .map((components) => ({
      type: ComponentType.ActionRow as const,
      components: components.slice(0, MAX_BUTTONS_PER_ROW),
    }));
  return { rows, rest };
}

/** `confbot:${action}:${line}`, cut to MAX_CUSTOM_ID without splitting an emoji. */
export function defaultCustomId(action: DiscordAction, line: string): string {
  const id = `confbot:${action}:${line}`;
  return id.slice(0, safeCut(id, MAX_CUSTOM_ID, false));
}

/**
 * Autocomplete choices Discord accepts: at most MAX_AUTOCOMPLETE_CHOICES, in order, names on one line
 * and cut to MAX_CHOICE_NAME with "…" (a name falls back to the value), values cut to MAX_CHOICE_VALUE;
 * empty and repeated values are dropped, since they would fill the same option.
 */
export function autocompleteChoices(
  items: { name: string; value: string }[],
): { name: string; value: string }[] {
  const choices: { name: string; value: string }[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (choices.length >= MAX_AUTOCOMPLETE_CHOICES) break;
    const value = item.value.slice(0, safeCut(item.value, MAX_CHOICE_VALUE, false));
    if (value.trim() === '' || seen.has(value)) continue;
    seen.add(value);
    choices.push({ name: ellipsize(oneLine(item.name) || oneLine(value), MAX_CHOICE_NAME, false), value });
  }
  return choices;
}
