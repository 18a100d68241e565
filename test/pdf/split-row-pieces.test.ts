/**
 * A row a page break split is joined, and keeps its pieces (the normaliser may find the next page's piece is a
 * provision of its own); lines broken after a slash are joined without a space.
 */
import { describe, expect, it } from 'vitest';
import type { Row, TableBlock } from '../../src/ingest/document.js';
import { joinLines } from '../../src/ingest/pdf/clean-text.js';
import { joinPages } from '../../src/ingest/pdf/join-pages.js';
import type { PageTable } from '../../src/ingest/pdf/types.js';

const row = (cells: string[], page: number, line: number, header = false): Row => ({
  cells: cells.map((text) => ({ text })),
  location: { page, line },
  ...(header ? { header } : {}),
});
const HEADER = ['Code provision', 'Code requirement', 'Comply', 'Evidence'];
const table = (page: number, rows: Row[]): PageTable => ({
  page,
  top: 50,
  bottom: 700,
  columns: [50, 100, 300, 360, 500],
  rows,
});

describe('joinPages', () => {
  it('joins the piece a page break split off, and keeps both pieces as read', () => {
    const blocks = joinPages(
      [
        table(1, [row(HEADER, 1, 1, true), row(['6.13', 'The person considering', 'Yes', 'Policy'], 1, 2)]),
        table(2, [row(HEADER, 2, 1, true), row(['', 'the complaint at stage 2', '', 'section 15'], 2, 2)]),
        table(3, [row(HEADER, 3, 1, true), row(['', 'must not be the same person.', '', ''], 3, 2)]),
      ],
      [],
    );
    expect(blocks).toHaveLength(1);
    const rows = (blocks[0] as TableBlock).rows;
    expect(rows).toHaveLength(2);
    const joined = rows[1]!;
    expect(joined.cells.map((c) => c.text)).toEqual([
      '6.13',
      'The person considering\nthe complaint at stage 2\nmust not be the same person.',
      'Yes',
      'Policy\nsection 15',
    ]);
    expect(joined.location).toEqual({ page: 1, line: 2 });
    expect(joined.pieces?.map((p) => p.location)).toEqual([
      { page: 1, line: 2 },
      { page: 2, line: 2 },
      { page: 3, line: 2 },
    ]);
    expect(joined.pieces?.every((p) => p.pieces === undefined)).toBe(true);
    expect(joined.pieces?.[1]?.cells.map((c) => c.text)).toEqual(['', 'the complaint at stage 2', '', 'section 15']);
  });

  it('leaves rows that were not split without pieces', () => {
    const blocks = joinPages([table(1, [row(HEADER, 1, 1, true), row(['6.13', 'Text', 'Yes', 'P'], 1, 2)])], []);
    expect((blocks[0] as TableBlock).rows.every((r) => r.pieces === undefined)).toBe(true);
  });
});

describe('joinLines after a slash', () => {
  it('joins words broken after a slash without a space', () => {
    expect(joinLines(['a holding response/', 'update is sent'], '\n')).toBe('a holding response/update is sent');
    expect(joinLines(['audit trail/', 'records'], ' ')).toBe('audit trail/records');
    expect(joinLines(['Yes - https://', 'www.example.gov.uk/policy.pdf'], '\n')).toBe(
      'Yes - https://www.example.gov.uk/policy.pdf',
    );
    expect(joinLines(['2019/', '20'], ' ')).toBe('2019/20');
  });

  it('keeps the separator after a slash standing alone or before punctuation', () => {
    expect(joinLines(['Yes /', 'No'], ' ')).toBe('Yes / No');
    expect(joinLines(['and/', '(or)'], ' ')).toBe('and/ (or)');
  });
});
