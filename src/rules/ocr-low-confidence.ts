import type { Location, LowConfidence } from '../ingest/document.js';
import type { ProvisionRecord } from '../normalise/assessment.js';
import type { Rule } from './types.js';
import { rowNamer } from './helpers.js';
import { clip } from '../util/text.js';

const sameRow = (a: Location | undefined, b: Location): boolean =>
  a !== undefined && a.page === b.page && a.line === b.line;

/** The words quoted, at most a few. */
const words = (list: readonly string[]): string => {
  const shown = list.slice(0, 4).map((w) => `"${clip(w, 30)}"`);
  return list.length > 4 ? `${shown.join(', ')} and ${list.length - 4} more` : shown.join(', ');
};

export const ocrLowConfidence: Rule = {
  id: 'ocr-low-confidence',
  severity: 'info',
  description: 'A row of a scanned page was read by OCR with low confidence: check it by eye.',
  docs: {
    why: 'A scanned form has no text: assess reads it by OCR (optical character recognition), which can misread a faint or noisy scan ("1.5" as "15", "No" as "Na"). Where the recogniser was unsure of a word, the row it is in is named, so a misread answer is never silently trusted.',
    fix: 'Compare the row with the scan. To be sure, ask the landlord for the form as exported from Word, or a scan at 300 dpi or more.',
    example: 'page 2, a row whose id "2:2)" was read at 58% confidence',
  },
  group: {
    message: ({ count, ranges }) => `${count} rows read by OCR with low confidence (${ranges}): check them by eye`,
    hint: 'compare these rows with the scan, or ask for the form as exported from Word',
  },
  check(assessment, catalogue) {
    const name = rowNamer(assessment, catalogue);
    const unsure = assessment.ocr?.lowConfidence ?? [];
    if (unsure.length === 0) return [];
    const order = (l: Location | undefined): number => (l?.page ?? 0) * 1e6 + (l?.line ?? 0);
    const located = assessment.provisions
      .filter((p) => p.location?.page !== undefined)
      .sort((a, z) => order(a.location) - order(z.location));
    // Each unsure row goes to its provision: the one read from it, or (a row the normaliser joined onto the one
    // above: a continuation, or a row whose id was misread) the provision before it.
    const byProvision = new Map<ProvisionRecord, LowConfidence[]>();
    const orphans: LowConfidence[] = [];
    for (const u of unsure) {
      const own = located.find((p) => sameRow(p.location, u.location));
      const before =
        own ?? (u.kind === 'row' ? located.filter((p) => order(p.location) < order(u.location)).at(-1) : undefined);
      if (before) byProvision.set(before, [...(byProvision.get(before) ?? []), u]);
      else if (u.kind === 'row') orphans.push(u);
    }
    const results = [...byProvision].map(([p, entries]) => ({
      provision: p.id,
      message: `${name(p.id)} was read by OCR with low confidence (${Math.min(...entries.map((e) => e.confidence))}%: ${words(entries.flatMap((e) => e.words))}): check it by eye`,
      hint: 'compare the row with the scan; a misread id, answer or word changes what the form says',
      ...(p.location ? { location: { ...p.location } } : {}),
    }));
    const rest = orphans.map((u) => ({
      message: `a row read by OCR with low confidence (${u.confidence}%: ${words(u.words)}) gave no provision: check it by eye`,
      hint: 'compare the row with the scan: its id or answer may have been misread',
      location: { ...u.location },
    }));
    return [...results, ...rest];
  },
};
