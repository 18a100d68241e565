/**
 * For the screen: a form published in parts, or cut short, misses dozens of provisions, and one
 * `missing-provision` line each buries the findings that matter. At GROUP_AT or more, they are shown as one
 * line ("22 provisions of sections 6 to 9 are missing: 6.1-6.20, 9.8"), at the place of the first; the
 * report itself (JSON and every other format) keeps one finding each.
 */
import type { Finding } from '../rules/types.js';
import { SEVERITY_RANK } from './findings.js';

export const GROUP_AT = 5;
const RULE = 'missing-provision';

const major = (id: string): string => id.split('.')[0] ?? id;
const minor = (id: string): number => Number(id.split('.')[1]);

/** "6.1-6.20, 7.2, 9.1-9.3": consecutive ids of one section as a range. */
export function idRanges(ids: readonly string[]): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= ids.length; i++) {
    const prev = ids[i - 1] as string;
    const here = ids[i];
    const continues =
      here !== undefined &&
      major(here) === major(prev) &&
      minor(here) === minor(prev) + 1 &&
      !Number.isNaN(minor(here));
    if (continues) continue;
    const first = ids[start] as string;
    parts.push(i - 1 === start ? first : `${first}-${prev}`);
    start = i;
  }
  return parts.join(', ');
}

/** "section 6", "sections 6 to 9", "sections 2, 6 and 9". */
export function sectionsText(ids: readonly string[]): string {
  const majors = [...new Set(ids.map(major))];
  if (majors.length === 1) return `section ${majors[0] ?? ''}`;
  const numbers = majors.map(Number);
  const contiguous = numbers.every((n, i) => i === 0 || n === (numbers[i - 1] as number) + 1);
  if (contiguous && numbers.every((n) => Number.isInteger(n))) return `sections ${majors[0]} to ${majors.at(-1)}`;
  return `sections ${majors.slice(0, -1).join(', ')} and ${majors.at(-1) ?? ''}`;
}

export function groupMissing(findings: readonly Finding[]): Finding[] {
  const missing = findings.filter((f) => f.rule === RULE && f.provision !== undefined);
  if (missing.length < GROUP_AT) return [...findings];
  const ids = missing.map((f) => f.provision as string);
  const worst = missing.reduce(
    (w, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w),
    'info' as Finding['severity'],
  );
  const first = missing[0] as Finding;
  const grouped: Finding = {
    rule: RULE,
    severity: worst,
    file: first.file,
    provision: ids.length > 1 ? `${ids[0]}-${ids.at(-1)}` : (ids[0] as string),
    message: `${missing.length} provisions of ${sectionsText(ids)} are missing from the form: ${idRanges(ids)}`,
    hint: 'the form may be cut short or published in parts; add a row for each (the JSON report lists them one by one)',
  };
  const out: Finding[] = [];
  for (const f of findings) {
    if (f === first) out.push(grouped);
    else if (!(f.rule === RULE && f.provision !== undefined)) out.push(f);
  }
  return out;
}
