import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIEmbed,
  APIEmbedField,
} from 'discord-api-types/v10';
import { ComponentType } from 'discord-api-types/v10';
import type { Answer } from '../answer.ts';
import { buttonRows } from './discord-buttons.ts';
import {
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_FIELDS,
  MAX_EMBED_TITLE,
  MAX_EMBEDS_TOTAL,
} from './discord-limits.ts';
import { fieldUnits, itemUnits, paginate, textUnits, type Unit } from './discord-pages.ts';
import {
  ellipsize,
  escapeDiscord,
  footerText,
  listField,
  oneLine,
  sourceFields,
  stripEmphasis,
  toDiscordMarkdown,
} from './discord-text.ts';
import { labelsLine } from './labels.ts';

export { autocompleteChoices } from './discord-buttons.ts';
export { escapeDiscord, neutralizeMentions, toDiscordMarkdown } from './discord-text.ts';

/** What a button does when clicked; the adapter gets it back through the button's `custom_id`. */
export type DiscordAction = 'share' | 'next' | 'previous' | 'suggest';

/** Options for {@link renderDiscord}. */
export interface DiscordRenderOptions {
  /** Adds a "Share in channel" button that answers `line` again, visibly to the channel. */
  share?: { line: string };
  /** The Discord user id (digits) of whoever shared this answer, shown as "Shared by @user". */
  sharedBy?: string;
  /**
   * Makes a button's `custom_id` from what it does and the command line to run. The default,
   * `confbot:${action}:${line}` cut to MAX_CUSTOM_ID, loses the end of a long line, so the adapter
   * should pass a function that stores the line and returns a short key. A button whose id is empty,
   * longer than MAX_CUSTOM_ID or already used in the message is left out.
   */
  customId?: (action: DiscordAction, line: string) => string;
}

/** A button that sends an interaction with its `custom_id`, in discord-api-types' shape. */
export type DiscordButton = APIButtonComponentWithCustomId & { label: string };

/** A row of at most MAX_BUTTONS_PER_ROW buttons. */
export type DiscordActionRow = APIActionRowComponent<DiscordButton>;

/** One Discord message, in the API's JSON shape, ready for an interaction reply or a follow-up. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: DiscordActionRow[];
  /** Always empty: nothing in a reply may ping anyone, our own "Shared by" mention included. */
  allowed_mentions: { parse: [] };
}

/** Embed colours, by what the answer is about. */
export const COLORS = {
  /** Resolutions and decisions. */
  text: 0x1d4ed8,
  /** Outcomes of proposals. */
  outcome: 0xea580c,
  /** Topics, glossary entries, people, events. */
  overview: 0x0f766e,
  /** Facts, lists, sources, and anything without a kind. */
  neutral: 0x6b7280,
  /** Answers of `/ask`. */
  ask: 0x15803d,
  /** Anything not found or invalid (`ok` false), whatever its kind. */
  error: 0xb91c1c,
} as const;

// The parts repeated on every page (title, footer, sources, related, leftover suggestions) get fixed
// budgets. Their sum (about 3,450 at most) leaves every page room for the largest content unit, a text
// piece of TEXT_PIECE or a field of 256 + 1024, within MAX_EMBEDS_TOTAL, so long answers always make
// progress from page to page. The description itself holds only content, so its limit is never shared.
/** Room kept for the " (2/3)" of later pages' titles, whose page count is known only at the end. */
const PART_SUFFIX_RESERVE = 16;
/** Longest "Shared by" content: a real user id is short; anything else is shown escaped and cut. */
const SHARED_BY_BUDGET = 120;

/**
 * Renders an answer as one or more Discord messages (pages), each with one embed in the order of the
 * text renderer: title, note, body and grouped items in the description, the answer's fields, then
 * "Sources", "Related" and leftover suggestions as fields, and a footer with paging and the sources'
 * short names; the colour says what kind of answer it is. Buttons: suggestions, previous/next page and
 * share. Content that does not fit one embed continues on the next page ("Title (2/3)"), split between
 * paragraphs, items and fields, else between words; nothing of the note, body, fields or items is lost
 * except the tail of a single word longer than TEXT_PIECE. Sources, related entries and buttons repeat
 * on every page, so each stands on its own. Every page keeps every limit in discord-limits.ts. Pure.
 */
export function renderDiscord(answer: Answer, options: DiscordRenderOptions = {}): DiscordMessage[] {
  const units: Unit[] = [];
  const labels = labelsLine(answer.labels);
  if (labels) units.push(...textUnits(toDiscordMarkdown(labels), '\n\n'));
  if (answer.note) units.push(...textUnits(toDiscordMarkdown(answer.note), '\n\n'));
  units.push(...answer.fields.flatMap(fieldUnits));
  for (const paragraph of answer.body) {
    // A paragraph that is only `**Heading**` heads what follows it: keep them on one page.
    const heading = /^\*\*[^*\n]+\*\*$/.test(paragraph.trim());
    units.push(...textUnits(toDiscordMarkdown(paragraph), '\n\n', heading));
  }
  units.push(...itemUnits(answer.items));

  const { rows, rest } = buttonRows(answer, options);
  const fixedFields = [
    ...sourceFields(answer.citations),
    ...listField(
      'Related',
      answer.related.map((r) => r.command),
    ),
    ...listField(answer.ok ? 'See also' : 'Try', rest),
  ];
  const footer = footerText(answer);
  const title = ellipsize(escapeDiscord(oneLine(stripEmphasis(answer.title))) || 'confbot', MAX_EMBED_TITLE);
  const fixedChars =
    Math.min(MAX_EMBED_TITLE, title.length + PART_SUFFIX_RESERVE) + footer.length + fieldChars(fixedFields);
  const pages = paginate(units, {
    description: MAX_EMBED_DESCRIPTION,
    fields: MAX_EMBED_FIELDS - fixedFields.length,
    chars: MAX_EMBEDS_TOTAL - fixedChars,
  });

  const content = sharedByContent(options.sharedBy);
  const color = colorOf(answer);
  return pages.map((page, index) => {
    const suffix = index > 0 ? ` (${index + 1}/${pages.length})` : '';
    const embed: APIEmbed = { title: ellipsize(title, MAX_EMBED_TITLE - suffix.length) + suffix, color };
    const description = page.reduce(
      (text, u) => (u.kind !== 'text' ? text : text ? text + u.sep + u.text : u.text),
      '',
    );
    if (description) embed.description = description;
    const fields = [...page.flatMap((u) => (u.kind === 'field' ? [u.field] : [])), ...fixedFields];
    if (fields.length > 0) embed.fields = fields.map((f) => ({ ...f }));
    if (footer) embed.footer = { text: footer };
    return {
      ...(content ? { content } : {}),
      embeds: [embed],
      components: rows.map((r) => ({
        type: ComponentType.ActionRow,
        components: r.components.map((b) => ({ ...b })),
      })),
      allowed_mentions: { parse: [] },
    };
  });
}

function fieldChars(fields: APIEmbedField[]): number {
  return fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** "Shared by <@123>" as our own mention markup; anything that is not a user id is escaped text. */
function sharedByContent(sharedBy: string | undefined): string {
  const id = oneLine(sharedBy ?? '');
  if (id === '') return '';
  if (/^\d{1,20}$/.test(id)) return `Shared by <@${id}>`;
  return ellipsize(`Shared by ${escapeDiscord(id)}`, SHARED_BY_BUDGET);
}

/** The embed colour of an answer: by its kind, green for `/ask`, red when nothing was found. */
export function colorOf(answer: Answer): number {
  if (!answer.ok) return COLORS.error;
  if (answer.command === 'ask') return COLORS.ask;
  switch (answer.kind) {
    case 'resolution':
    case 'decision':
      return COLORS.text;
    case 'outcome':
      return COLORS.outcome;
    case 'topic':
    case 'glossary':
    case 'person':
    case 'event':
      return COLORS.overview;
    default:
      return COLORS.neutral;
  }
}
