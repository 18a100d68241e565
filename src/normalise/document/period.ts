/**
 * The period a self-assessment covers, where its title states it: "... self-assessment 2022-23" → "2022-23",
 * "Self-assessment 2023/24" → "2023-24", "... self-assessment 2020" → "2020". "Self-assessment form 2024"
 * names the form (the Code version), not a period, and is ignored.
 */
import type { DocumentModel } from '../../ingest/document.js';

const HEAD_BLOCKS = 15;
const TITLE_MAX = 160;
const PERIOD = /\bself[-\s]?assessment\b(?!\s+form)[^\n]*?\b((?:19|20)\d\d)(?:\s*[-–—/]\s*((?:19|20)?\d\d))?\b/i;

export function findPeriod(doc: DocumentModel): string | undefined {
  const lines = [
    doc.title ?? '',
    ...doc.blocks.slice(0, HEAD_BLOCKS).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])),
  ];
  for (const line of lines) {
    if (line.length > TITLE_MAX) continue;
    const m = PERIOD.exec(line);
    if (m?.[1]) return m[2] ? `${m[1]}-${m[2]}` : m[1];
  }
  return undefined;
}
