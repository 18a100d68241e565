/** Natural order of provision ids: "2.10" after "2.9", "Q4.10" after "Q4.9". */

/**
 * Each id's runs of digits and of other characters, remembered: sorting a long form's findings compares the same
 * few ids many times over. Bounded, and cleared when full.
 */
const partsOf = new Map<string, string[]>();
const MAX_REMEMBERED = 5000;

function parts(id: string): string[] {
  let found = partsOf.get(id);
  if (!found) {
    if (partsOf.size >= MAX_REMEMBERED) partsOf.clear();
    found = id.match(/\d+|\D+/g) ?? [];
    partsOf.set(id, found);
  }
  return found;
}

export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = Number(x);
    const ny = Number(y);
    const c = Number.isNaN(nx) || Number.isNaN(ny) ? (x < y ? -1 : x > y ? 1 : 0) : nx - ny;
    if (c !== 0) return c;
  }
  return 0;
}
