/** A Markdown file cut into its YAML front matter and its body, with where each starts. */
export interface FrontMatterSplit {
  yaml: string;
  /** 1-based line of the first YAML line. */
  yamlLine: number;
  body: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
}

/**
 * Cuts `---` delimited front matter off a Markdown file. Returns a message instead when the file has
 * none or it is not closed, since every entry must have one.
 */
export function splitFrontMatter(source: string): FrontMatterSplit | { error: string; line: number } {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return { error: 'the file must start with a "---" line opening the YAML front matter', line: 1 };
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close === -1) return { error: 'the front matter is not closed by a "---" line', line: 1 };
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
