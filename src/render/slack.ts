import type { Answer, AnswerField, AnswerItem } from '../answer.ts';
import { labelsLine } from './labels.ts';
import type {
  SlackBlock,
  SlackContextBlock,
  SlackMessage,
  SlackMrkdwn,
  SlackRenderOptions,
  SlackSectionBlock,
} from './slack-blocks.ts';
import { actionButtons } from './slack-buttons.ts';
import { citationElements, pagingLine, relatedLine, sharedByLine, suggestionsLine } from './slack-footer.ts';
import {
  MAX_BLOCKS,
  MAX_CONTEXT_ELEMENT_TEXT,
  MAX_FALLBACK_TEXT,
  MAX_FIELD_TEXT,
  MAX_HEADER_TEXT,
  MAX_MESSAGE_CHARS,
  MAX_SECTION_FIELDS,
  MAX_SECTION_TEXT,
} from './slack-limits.ts';
import {
  ellipsize,
  escapeMrkdwn,
  neutralizeSlackMentions,
  oneLine,
  splitMrkdwn,
  stripEmphasis,
  toMrkdwn,
} from './slack-text.ts';

export * from './slack-blocks.ts';
export { escapeMrkdwn, toMrkdwn } from './slack-text.ts';

// The parts repeated on every page (header, "shared by", paging, sources, related, buttons) get fixed
// budgets. Their sum stays under half of MAX_MESSAGE_CHARS, so every page keeps room for at least one
// full section of content and long answers always make progress from page to page.
/** Room kept for the "Page 2 of 3" count of a multi-page message, whose page count is known only at the end. */
const PART_COUNT_RESERVE = 40;

/**
 * Renders an answer as one or more Slack messages (pages), in the order of the text renderer: header,
 * "shared by", note, fields, body, items, paging, citations, related entries, then buttons for the
 * suggestions, the next page and sharing. Content that does not fit one message under Slack's block and
 * size limits continues on the next page; nothing of the body, fields or items is dropped except the
 * tail of a single word too long for a whole section. Citations, related entries and buttons repeat on
 * every page, so each page stands on its own. Pure.
 */
export function renderSlack(answer: Answer, options: SlackRenderOptions = {}): SlackMessage[] {
  const units = [
    ...noteUnits(labelsLine(answer.labels)),
    ...noteUnits(answer.note),
    ...fieldUnits(answer.fields),
  ];
  for (const paragraph of answer.body) {
    // A paragraph that is only `**Heading**` is a section heading: keep it with what follows it.
    const heading = isHeading(paragraph);
    units.push(...sectionUnits(toMrkdwn(heading ? paragraph.trim() : paragraph), heading));
  }
  units.push(...itemUnits(answer.items));

  const shared = sharedByLine(options.sharedBy);
  const paging = pagingLine(answer);
  const citations = citationElements(answer.citations);
  const related = relatedLine(answer);
  const { buttons, rest } = actionButtons(answer, options);
  const moreSuggestions = suggestionsLine(answer, rest);

  // What the repeated parts take on every page, so the content gets the rest.
  const repeated: string[] = [shared, paging, related, moreSuggestions, ...citations].filter((s) => s !== '');
  const fixedChars =
    MAX_HEADER_TEXT +
    PART_COUNT_RESERVE +
    repeated.reduce((n, s) => n + s.length, 0) +
    buttons.reduce((n, b) => n + b.text.text.length, 0);
  const fixedBlocks =
    2 + // header, and the paging context (kept for the page count even when the answer has no paging)
    [shared, related, moreSuggestions].filter((s) => s !== '').length +
    (citations.length > 0 ? 1 : 0) +
    (buttons.length > 0 ? 1 : 0);
  const pages = paginate(units, MAX_BLOCKS - fixedBlocks, MAX_MESSAGE_CHARS - fixedChars);

  const total = pages.length;
  return pages.map((content, index) => {
    const page = index + 1;
    const blocks: SlackBlock[] = [
      {
        type: 'header',
        text: {
          type: 'plain_text',
          text: headerText(neutralizeSlackMentions(answer.title), page, total),
          emoji: true,
        },
      },
    ];
    if (shared) blocks.push(context([shared]));
    blocks.push(...content.map((u) => u.block));
    const pageLines = [paging];
    // The split into messages is ours, not the command's: call it "Part" when the answer has pages too.
    if (total > 1) pageLines.push(`${paging ? 'Part' : 'Page'} ${page} of ${total}`);
    if (pageLines.some((s) => s !== '')) blocks.push(context(pageLines.filter((s) => s !== '')));
    if (citations.length > 0) blocks.push(context(citations));
    if (related) blocks.push(context([related]));
    if (moreSuggestions) blocks.push(context([moreSuggestions]));
    if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons });
    return { text: fallbackText(answer, page > 1 ? ` (${page}/${total})` : ''), blocks };
  });
}

/** A piece of content that goes on one page as one block; `chars` is its text length. */
interface Unit {
  block: SlackBlock;
  chars: number;
  /** A heading: start a new page before it rather than leave it alone at the bottom of one. */
  keepWithNext: boolean;
}

/**
 * Fills pages in order, starting a new page when the next unit would pass the block or character
 * budget. Every unit fits an empty page (units are at most MAX_SECTION_TEXT long and the budgets leave
 * more), so each page takes at least one unit and the loop always ends.
 */
function paginate(units: Unit[], maxBlocks: number, maxChars: number): Unit[][] {
  const pages: Unit[][] = [[]];
  let blocks = 0;
  let chars = 0;
  const fits = (u: Unit, extraBlocks = 0, extraChars = 0) =>
    blocks + extraBlocks + 1 <= maxBlocks && chars + extraChars + u.chars <= maxChars;
  for (const [i, unit] of units.entries()) {
    const next = units[i + 1];
    let room = fits(unit);
    if (room && unit.keepWithNext && next && !fits(next, 1, unit.chars)) room = false;
    const current = pages[pages.length - 1] as Unit[];
    if (!room && current.length > 0) {
      pages.push([]);
      blocks = 0;
      chars = 0;
    }
    (pages[pages.length - 1] as Unit[]).push(unit);
    blocks += 1;
    chars += unit.chars;
  }
  return pages;
}

/** True for a paragraph that is only `**Heading**`. */
function isHeading(paragraph: string): boolean {
  return /^\*\*[^*\n]+\*\*$/.test(paragraph.trim());
}

/** The note, as small text right under the title (split when it is longer than one element allows). */
function noteUnits(note: string | undefined): Unit[] {
  if (!note) return [];
  return splitMrkdwn(toMrkdwn(note), MAX_CONTEXT_ELEMENT_TEXT).map((text) => ({
    block: context([text]),
    chars: text.length,
    keepWithNext: false,
  }));
}

/**
 * Fields as two-column section fields, `*Label*` over the value: at most MAX_SECTION_FIELDS per section
 * and MAX_SECTION_TEXT of text per section (so a section of fields is no bigger than one of prose). A
 * field too long for a column becomes sections of its own, in place, rather than being cut.
 */
function fieldUnits(fields: AnswerField[]): Unit[] {
  const units: Unit[] = [];
  let batch: string[] = [];
  let chars = 0;
  const flush = () => {
    if (batch.length === 0) return;
    units.push({
      block: { type: 'section', fields: batch.map(mrkdwn) },
      chars,
      keepWithNext: false,
    });
    batch = [];
    chars = 0;
  };
  for (const field of fields) {
    const label = oneLine(stripEmphasis(field.label));
    const value = field.value.trim();
    const text = [label ? `*${escapeMrkdwn(label)}*` : '', value ? toMrkdwn(value) : '']
      .filter((s) => s !== '')
      .join('\n');
    if (text === '') continue;
    if (text.length > MAX_FIELD_TEXT) {
      flush();
      units.push(...sectionUnits(text));
      continue;
    }
    if (batch.length === MAX_SECTION_FIELDS || chars + text.length > MAX_SECTION_TEXT) flush();
    batch.push(text);
    chars += text.length;
  }
  flush();
  return units;
}

/**
 * Listed items as sections of lines, `• *label* – detail` and the command in backticks when it is not
 * just the label. A group heading starts a new section in bold; lines are packed into each section up
 * to MAX_SECTION_TEXT, so a long list takes few blocks.
 */
function itemUnits(items: AnswerItem[]): Unit[] {
  const units: Unit[] = [];
  let lines: string[] = [];
  let chars = 0;
  const flush = () => {
    if (lines.length === 0) return;
    const text = lines.join('\n');
    units.push({ block: section(text), chars: text.length, keepWithNext: false });
    lines = [];
    chars = 0;
  };
  const add = (line: string) => {
    for (const piece of splitMrkdwn(line, MAX_SECTION_TEXT)) {
      if (chars + (lines.length > 0 ? 1 : 0) + piece.length > MAX_SECTION_TEXT) flush();
      chars += (lines.length > 0 ? 1 : 0) + piece.length;
      lines.push(piece);
    }
  };
  let group: string | undefined;
  for (const item of items) {
    if (item.group !== undefined && item.group !== group) {
      group = item.group;
      flush();
      const heading = oneLine(stripEmphasis(group));
      if (heading) add(`*${escapeMrkdwn(heading)}*`);
    }
    add(itemLine(item));
  }
  flush();
  return units;
}

/** One item as one mrkdwn line. The label is bold already, so its own emphasis marks are dropped. */
function itemLine(item: AnswerItem): string {
  const label = oneLine(stripEmphasis(item.label));
  const detail = oneLine(item.detail);
  let line = '•';
  if (label) line += ` *${escapeMrkdwn(label)}*`;
  if (detail) line += `${label ? ' –' : ''} ${toMrkdwn(detail)}`;
  const command = oneLine(item.command ?? '');
  if (command && item.command !== item.label) line += ` \`${escapeMrkdwn(command)}\``;
  return line;
}

/** Section units for mrkdwn text, split at word boundaries into sections of at most MAX_SECTION_TEXT. */
function sectionUnits(text: string, keepWithNext = false): Unit[] {
  return splitMrkdwn(text, MAX_SECTION_TEXT).map((t) => ({
    block: section(t),
    chars: t.length,
    keepWithNext,
  }));
}

/**
 * A mrkdwn text object. `verbatim` stops Slack from turning words like `@channel` or `#general` in
 * corpus or user text into live mentions and links; our own `<url|text>` and `<@U123>` still work.
 */
function mrkdwn(text: string): SlackMrkdwn {
  return { type: 'mrkdwn', text, verbatim: true };
}

function section(text: string): SlackSectionBlock {
  return { type: 'section', text: mrkdwn(text) };
}

function context(texts: string[]): SlackContextBlock {
  return { type: 'context', elements: texts.map(mrkdwn) };
}

/** The title, on one line, cut to fit the header with the " (2/3)" of later pages. */
function headerText(title: string, page: number, pages: number): string {
  const suffix = page > 1 ? ` (${page}/${pages})` : '';
  return ellipsize(oneLine(stripEmphasis(title)) || 'confbot', MAX_HEADER_TEXT - suffix.length) + suffix;
}

/**
 * The notification text: title, then the answer sentence or the first paragraph (or note, item,
 * field), with no emphasis marks. It is still escaped, because Slack parses `<!channel>` and `<@U1>` in
 * it too and corpus or user text must not ping anyone.
 */
function fallbackText(answer: Answer, suffix: string): string {
  const firstParagraph = answer.body.find((p) => !isHeading(p) && p.trim() !== '');
  const firstItem = answer.items[0];
  const firstField = answer.fields[0];
  const lead = [
    answer.answer,
    firstParagraph,
    answer.note,
    firstItem && [firstItem.label, firstItem.detail].filter((s) => s.trim() !== '').join(' – '),
    firstField && [firstField.label, firstField.value].filter((s) => s.trim() !== '').join(': '),
  ]
    .map((s) => oneLine(stripEmphasis(s ?? '')))
    .find((s) => s !== '');
  const title = `${oneLine(stripEmphasis(answer.title)) || 'confbot'}${suffix}`;
  return ellipsize(escapeMrkdwn(lead ? `${title}\n${lead}` : title), MAX_FALLBACK_TEXT);
}
