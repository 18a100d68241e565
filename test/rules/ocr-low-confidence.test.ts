import { ruleTable } from '../helpers/rule-table.js';
import { assessment } from '../helpers/assessment.js';
import { ocrLowConfidence } from '../../src/rules/ocr-low-confidence.js';
import type { Assessment } from '../../src/normalise/assessment.js';
import type { LowConfidence } from '../../src/ingest/document.js';

/** A 2024 form read from a two-page scan: 1.2 on page 1 line 12, 1.3 at line 17, 1.4 at line 23; 2.1 on page 2. */
function scanned(lowConfidence: LowConfidence[]): Assessment {
  const a = assessment('2024');
  const at: Record<string, { page: number; line: number }> = {
    '1.2': { page: 1, line: 12 },
    '1.3': { page: 1, line: 17 },
    '1.4': { page: 1, line: 23 },
    '2.1': { page: 2, line: 12 },
  };
  return {
    ...a,
    format: 'pdf',
    provisions: a.provisions.map((p) => (at[p.id] ? { ...p, location: at[p.id] } : p)),
    ocr: {
      pages: [
        { page: 1, confidence: 94.3, rotation: 1.5 },
        { page: 2, confidence: 95.2, rotation: -2.5 },
      ],
      lowConfidence,
    },
  };
}

ruleTable(ocrLowConfidence, [
  { name: 'a form not read by OCR', assessment: () => assessment('2024'), expect: [] },
  { name: 'a scan read with confidence throughout', assessment: () => scanned([]), expect: [] },
  {
    name: 'an unsure word in a provision row',
    assessment: () =>
      scanned([{ kind: 'row', location: { page: 1, line: 17 }, confidence: 55, words: ['1:3', '‘complaint’'] }]),
    expect: [
      {
        provision: '1.3',
        message: /^provision 1\.3 was read by OCR with low confidence \(55%: "1:3", "‘complaint’"\)/,
      },
    ],
  },
  {
    name: 'a continuation row joined onto the provision above it',
    assessment: () =>
      scanned([
        { kind: 'row', location: { page: 1, line: 23 }, confidence: 70, words: ['Yes'] },
        { kind: 'row', location: { page: 1, line: 29 }, confidence: 40, words: ['regularly.'] },
      ]),
    expect: [{ provision: '1.4', message: /low confidence \(40%: "Yes", "regularly\."\)/ }],
  },
  {
    name: 'a row before the first provision gives a finding of its own',
    assessment: () => scanned([{ kind: 'row', location: { page: 1, line: 5 }, confidence: 30, words: ['Ycs'] }]),
    expect: [{ message: /^a row read by OCR with low confidence \(30%: "Ycs"\) gave no provision/ }],
  },
  {
    name: 'an unsure paragraph outside the form is not a finding',
    assessment: () =>
      scanned([{ kind: 'paragraph', location: { page: 1, line: 1 }, confidence: 10, words: ['—xamd'] }]),
    expect: [],
  },
]);
