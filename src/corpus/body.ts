/** A block of body text before its sentences are read: a paragraph or one list item. */
export interface RawBlock {
  text: string;
  /** 1-based line in the file where the block starts. */
  line: number;
}

/** A section of body text before its sentences are read. */
export interface RawSection {
  heading?: string;
  blocks: RawBlock[];
}

const HEADING = /^#{1,6}\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;

/**
 * Reads a Markdown body into sections of paragraphs. Each list item is its own block, because each is
 * cited and retrieved on its own; continuation lines join the block above.
 */
export function parseBody(body: string, firstLine: number): RawSection[] {
  const sections: RawSection[] = [{ blocks: [] }];
  let current: RawBlock | undefined;
  const lines = body.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = firstLine + i;
    const section = sections[sections.length - 1] as RawSection;
    const heading = HEADING.exec(raw);
    if (heading) {
      sections.push({ heading: heading[1] ?? '', blocks: [] });
      current = undefined;
      return;
    }
    if (raw.trim() === '') {
      current = undefined;
      return;
    }
    const item = LIST_ITEM.exec(raw);
    if (item || !current) {
      current = { text: (item ? item[1] : raw)?.trim() ?? '', line };
      section.blocks.push(current);
      return;
    }
    current.text += ` ${raw.trim()}`;
  });
  return sections.filter((s) => s.heading !== undefined || s.blocks.length > 0);
}
