/**
 * Slack Block Kit limits the Slack renderer enforces (see docs/development.md, "Platform limits"). Slack rejects a
 * whole message (`invalid_blocks`) when any one of them is exceeded, so the renderer treats each as a
 * hard cap. Lengths are counted in UTF-16 code units (JavaScript `length`), which is never less than
 * the characters Slack counts, so staying under them in code units is always safe.
 */

/** Blocks in one message. */
export const MAX_BLOCKS = 50;

/** Characters of a section block's `text`. */
export const MAX_SECTION_TEXT = 3000;

/**
 * Characters of any other text object, such as one element of a context block. Slack documents the same
 * 3,000 for every `mrkdwn` and `plain_text` object that has no tighter limit of its own.
 */
export const MAX_CONTEXT_ELEMENT_TEXT = 3000;

/** Characters of a header block's plain text. */
export const MAX_HEADER_TEXT = 150;

/** Characters of a button's label. */
export const MAX_BUTTON_TEXT = 75;

/** Elements of one context block. */
export const MAX_CONTEXT_ELEMENTS = 10;

/** Fields of one section block. */
export const MAX_SECTION_FIELDS = 10;

/** Characters of one section field. */
export const MAX_FIELD_TEXT = 2000;

/**
 * Characters of text over all blocks of one message. Slack documents no total, but rejects some messages
 * near 13k characters of blocks (`msg_too_long`), so the renderer keeps well under that.
 */
export const MAX_MESSAGE_CHARS = 10_000;

/** Characters of a message's top-level `text`, the fallback used by notifications and screen readers. */
export const MAX_FALLBACK_TEXT = 3000;

/** Characters of a button's `value`, the payload Slack sends back when it is clicked. */
export const MAX_BUTTON_VALUE = 2000;

/** Elements of one actions block. */
export const MAX_ACTIONS_ELEMENTS = 25;
