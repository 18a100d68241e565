import { describe, expect, it } from 'vitest';
import { TableRow } from 'docx';
import { readDocx } from '../../src/ingest/docx/read-docx.js';
import type { TableBlock } from '../../src/ingest/document.js';
import { cell, docxBytes, headerRow, LIMITS, table } from './build-docx.js';
import { strFromU8, unzipSync } from 'fflate';

describe('a "repeat as header row" flag that is switched off', () => {
  it('is not read as a header row (docx writes <w:tblHeader w:val="false"/> for tableHeader: false)', async () => {
    const bytes = await docxBytes([
      table([
        headerRow(['Code provision', 'Code requirement', 'Comply: Yes / No']),
        new TableRow({
          tableHeader: false,
          children: [cell('6.14'), cell('Landlords must issue a final response'), cell('Yes')],
        }),
      ]),
    ]);
    expect(strFromU8(unzipSync(bytes)['word/document.xml']!)).toMatch(/<w:tblHeader w:val="false"\/>/);
    const read = await readDocx(bytes, LIMITS);
    if (!read.ok) throw new Error(read.failure.message);
    const t = read.document.blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(t?.rows.map((r) => r.header === true)).toEqual([true, false]);
    expect(t?.rows[1]?.cells.map((c) => c.text)).toEqual(['6.14', 'Landlords must issue a final response', 'Yes']);
  });
});
