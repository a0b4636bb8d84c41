/**
 * HTML ranks (h1-h6) for the editor's body headings. The editor's levels are
 * relative to the page: the highest level used sits one rank under `parent`
 * (the page title), and no heading ever sits more than one rank below the
 * one before it, so the print outline has no holes whatever the editor picked.
 */
export function headingRanks(levels: number[], parent: number): number[] {
  if (levels.length === 0) return [];
  const top = Math.min(...levels);
  let previous = parent;
  return levels.map((level) => {
    const rank = Math.min(parent + 1 + level - top, previous + 1, 6);
    previous = rank;
    return rank;
  });
}
