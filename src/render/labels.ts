/**
 * An answer's labels ("Official title not verified") as one line, each in square brackets, so every
 * renderer shows them as labels beside the content and none can be read as the title. Undefined when
 * there are none.
 */
export function labelsLine(labels: readonly string[] | undefined): string | undefined {
  const shown = (labels ?? []).map((l) => l.trim()).filter((l) => l !== '');
  return shown.length > 0 ? shown.map((l) => `[${l}]`).join(' ') : undefined;
}
