/*
 * What minisearch's SearchableMap (`fuzzyGet`, Levenshtein only) cannot say: whether two given words
 * are near when a swap of two neighbouring letters counts as one edit. No well-kept npm package has
 * that with a bound (docs/development.md, "Dependencies").
 */

/**
 * Optimal string alignment distance: Levenshtein plus the swap of two neighbouring letters as one edit
 * ("flihgt" is one edit from "flight"). Gives up (returns `max + 1`) once it must exceed `max`.
 */
export function osaDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (rows[i - 1]?.[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (rows[i - 1]?.[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (rows[i - 2]?.[j - 2] as number) + 1);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] as number;
}
