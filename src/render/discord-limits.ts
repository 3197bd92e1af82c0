/**
 * Discord message, embed, component and autocomplete limits the Discord renderer enforces (see
 * docs/development.md, "Platform limits"). Discord rejects the whole message (HTTP 400, "Invalid Form Body") when
 * any one of them is exceeded, so each is a hard cap. Lengths are counted in UTF-16 code units
 * (JavaScript `length`), which is never less than the characters Discord counts, so staying under them
 * in code units is always safe.
 */

/** Characters of a message's `content` (the text outside its embeds). */
export const MAX_CONTENT = 2000;

/** Characters of an embed's title. */
export const MAX_EMBED_TITLE = 256;

/** Characters of an embed's description. */
export const MAX_EMBED_DESCRIPTION = 4096;

/** Fields in one embed. */
export const MAX_EMBED_FIELDS = 25;

/** Characters of a field's name. */
export const MAX_FIELD_NAME = 256;

/** Characters of a field's value. */
export const MAX_FIELD_VALUE = 1024;

/** Characters of an embed's footer text. */
export const MAX_FOOTER = 2048;

/**
 * Characters over all embeds of one message: titles, descriptions, field names and values, footer texts
 * and author names together. A message under every per-part limit can still fail on this one.
 */
export const MAX_EMBEDS_TOTAL = 6000;

/** Embeds in one message. */
export const MAX_EMBEDS = 10;

/** Characters of a button's label. */
export const MAX_BUTTON_LABEL = 80;

/** Characters of a component's `custom_id`, which Discord sends back when the button is clicked. */
export const MAX_CUSTOM_ID = 100;

/** Buttons in one action row. */
export const MAX_BUTTONS_PER_ROW = 5;

/** Action rows in one message. */
export const MAX_ACTION_ROWS = 5;

/** Choices in one autocomplete response. */
export const MAX_AUTOCOMPLETE_CHOICES = 25;

/** Characters of an autocomplete choice's name (what the user sees). */
export const MAX_CHOICE_NAME = 100;

/** Characters of an autocomplete choice's value (what Discord fills into the option). */
export const MAX_CHOICE_VALUE = 100;
