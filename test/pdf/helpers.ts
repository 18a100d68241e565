import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { DocumentModel, ParagraphBlock, Row, TableBlock } from '../../src/ingest/document.js';
import { readPdf } from '../../src/ingest/pdf/read-pdf.js';

export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/pdf-special/${name}`, import.meta.url)));

export async function readFixture(
  name: string,
  opts: { maxPages?: number; password?: string } = {},
): Promise<DocumentModel> {
  const result = await readPdf(fixture(name), {
    maxPages: opts.maxPages ?? 50,
    ...(opts.password !== undefined ? { password: opts.password } : {}),
  });
  if (!result.ok) throw new Error(`${name}: ${result.failure.message}`);
  return result.document;
}

export const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

export const tables = (doc: DocumentModel): TableBlock[] =>
  doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
export const paragraphs = (doc: DocumentModel): ParagraphBlock[] =>
  doc.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');

/** The row whose first cell is `id`. */
export function rowById(table: TableBlock, id: string): Row {
  const row = table.rows.find((r) => r.cells[0]?.text === id);
  if (!row) throw new Error(`no row ${id}; rows: ${table.rows.map((r) => r.cells[0]?.text).join(', ')}`);
  return row;
}

export const flatCells = (row: Row): string[] => row.cells.map((c) => flat(c.text));

export const HEADER = [
  'Code provision',
  'Code requirement',
  'Comply: Yes / No',
  'Evidence',
  'Commentary / explanation',
];

/** Column contents that must never leak into another column: every data row is [id, requirement, answer, ...]. */
export function expectNoInterleaving(table: TableBlock): void {
  for (const row of table.rows.filter((r) => !r.header)) {
    const [id, requirement, answer] = row.cells.map((c) => c.text);
    expect(id ?? '', 'id cell').toMatch(/^(\d+(\.\d+)+)?$/);
    expect(answer ?? '', `answer cell of ${id}`).toMatch(/^(Yes|No|Partial)?$/);
    expect(requirement ?? '', `requirement cell of ${id}`).not.toMatch(/^(Yes|No|Partial)$/m);
    expect(requirement ?? '', `requirement cell of ${id}`).not.toMatch(/^\d+(\.\d+)+$/m);
  }
}

/** Every row has a page and a line; a table's location is its first row's. */
export function expectLocations(doc: DocumentModel): void {
  for (const block of doc.blocks) {
    expect(block.location.page).toBeGreaterThan(0);
    expect(block.location.line).toBeGreaterThan(0);
    if (block.kind === 'table') {
      expect(block.location).toEqual(block.rows[0]?.location);
      for (const row of block.rows) {
        expect(Object.keys(row.location).sort()).toEqual(['line', 'page']);
        expect(row.location.line).toBeGreaterThan(0);
      }
    }
  }
}

/** The 2024 Code texts the fixtures were written with (scripts/fixtures/generate-pdf-special.mjs). */
export const REQ: Record<string, string> = {
  '6.1':
    'Landlords must have processes in place to consider which complaints can be responded to as early as possible, and which require further investigation. Landlords must consider factors such as the complexity of the complaint and whether the resident is vulnerable or at risk. Most stage 1 complaints can be resolved promptly, and an explanation, apology or resolution provided to the resident.',
  '6.2':
    'Complaints must be acknowledged, defined and logged at stage 1 of the complaints procedure within five working days of the complaint being received.',
  '6.3':
    'Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.',
  '6.7':
    'Landlords must address all points raised in the complaint definition and provide clear reasons for any decisions, referencing the relevant policy, law and good practice where appropriate.',
  '6.10':
    "If all or part of the complaint is not resolved to the resident's satisfaction at stage 1, it must be progressed to stage 2 of the landlord's procedure. Stage 2 is the landlord's final response.",
  '6.12':
    'Residents must not be required to explain their reasons for requesting a stage 2 consideration. Landlords are expected to make reasonable efforts to understand why a resident remains unhappy as part of its stage 2 response.',
  '6.13':
    'The person considering the complaint at stage 2 must not be the same person that considered the complaint at stage 1.',
  '6.14':
    'Landlords must issue a final response to the stage 2 within 20 working days of the complaint being acknowledged.',
  '6.15':
    'Landlords must decide whether an extension to this timescale is needed when considering the complexity of the complaint and then inform the resident of the expected timescale for response. Any extension must be no more than 20 working days without good reason, and the reason(s) must be clearly explained to the resident.',
  '6.17':
    'A complaint response must be provided to the resident when the answer to the complaint is known, not when the outstanding actions required to address the issue are completed. Outstanding actions must still be tracked and actioned promptly with appropriate updates provided to the resident.',
};
