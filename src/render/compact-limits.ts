/**
 * The compact card's budget on every platform (issue 17): what one reply may take of a channel's view
 * before the reader asks for "More". These are our own limits, far under each platform's hard ones
 * (slack-limits.ts, discord-limits.ts), and the property tests hold every renderer to them.
 */

/** Blocks of one compact Slack message. */
export const COMPACT_SLACK_MAX_BLOCKS = 8;

/**
 * Characters of text over all blocks of one compact Slack message: every text object (header, sections,
 * fields, context elements, button labels), link markup included.
 */
export const COMPACT_SLACK_MAX_CHARS = 1200;

/**
 * Characters of a compact Slack card left unused by the renderer, and one block (it uses at most seven):
 * room for a row of feedback buttons added to the card afterwards, within the same budget.
 */
export const COMPACT_SLACK_RESERVED_CHARS = 40;

/** Characters of a compact Slack message's fallback `text` (notifications, screen readers). */
export const COMPACT_SLACK_MAX_FALLBACK = 300;

/** Embeds of one compact Discord message. */
export const COMPACT_DISCORD_MAX_EMBEDS = 1;

/** Characters of the compact Discord embed's description. */
export const COMPACT_DISCORD_MAX_DESCRIPTION = 600;

/** Characters over the whole compact embed: title, description, fields and footer. */
export const COMPACT_DISCORD_MAX_CHARS = 1200;

/** Characters of a compact terminal reply, its "/more" hint included. */
export const COMPACT_TEXT_MAX_CHARS = 1200;

/** Labelled fields on a compact card (title, proposed by, outcome). */
export const COMPACT_MAX_FIELDS = 3;

/** Listed items (search hits, commands) on a compact card; the rest are counted and behind "More". */
export const COMPACT_MAX_ITEMS = 8;

/** Buttons on a compact card: More, Share, then the next page, suggestions and related entries. */
export const COMPACT_MAX_BUTTONS = 5;

/** Characters of the lead, the one to three lines of what it is and what happened. */
export const COMPACT_LEAD_CHARS = 360;

/** Characters of one field's value on a card; longer values end with "…" and are whole behind "More". */
export const COMPACT_FIELD_VALUE_CHARS = 160;

/** Characters of one listed item's line on a card. */
export const COMPACT_ITEM_CHARS = 130;

/** Characters of the card's sources line. */
export const COMPACT_SOURCES_CHARS = 360;
