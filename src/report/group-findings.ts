/**
 * For the screen: a form published in parts, or cut short, misses dozens of provisions, and a form whose evidence
 * cites nothing gets a finding on every row; one line each buries the findings that matter. A rule that says how
 * (`Rule.group`) has GROUP_AT or more of its findings in a file shown as one line ("22 provisions of sections 6
 * to 9 are missing: 6.1-6.20, 9.8"), at the place of the first; the report itself (JSON and every other format)
 * keeps one finding each.
 */
import type { Finding } from '../rules/types.js';
import type { RuleMeta } from './types.js';
import { SEVERITY_RANK } from './findings.js';

export const GROUP_AT = 5;

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

export function groupFindings(findings: readonly Finding[], rules: readonly RuleMeta[]): Finding[] {
  let out = [...findings];
  for (const rule of rules) {
    const group = rule.group;
    if (!group) continue;
    const members = out.filter(
      (f) => f.rule === rule.id && f.provision !== undefined && (group.when ? group.when(f) : true),
    );
    if (members.length < GROUP_AT) continue;
    const ids = members.map((f) => f.provision as string);
    const worst = members.reduce(
      (w, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w),
      'info' as Finding['severity'],
    );
    const first = members[0] as Finding;
    const grouped: Finding = {
      rule: rule.id,
      severity: worst,
      file: first.file,
      provision: ids.length > 1 ? `${ids[0]}-${ids.at(-1)}` : (ids[0] as string),
      message: group.message({ count: members.length, ranges: idRanges(ids), sections: sectionsText(ids) }),
      hint: group.hint,
    };
    const grouping = new Set(members);
    out = out.flatMap((f) => (f === first ? [grouped] : grouping.has(f) ? [] : [f]));
  }
  return out;
}
