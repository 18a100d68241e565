/** XLSX, ODT and ODS get the DOCX reader's guards: zip bombs, damaged XML and wrong contents are one clean failure. */
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readOpenDocument } from '../../src/ingest/odf/read-odf.js';
import { readXlsx } from '../../src/ingest/xlsx/read-xlsx.js';

const LIMITS = { maxBytes: 50 * 2 ** 20, maxExpandedBytes: 200 * 2 ** 20, maxPages: 500 };
const fixture = (p: string) => unzipSync(readFileSync(`fixtures/${p}`));

describe('spreadsheet and OpenDocument readers on bad input', () => {
  it('an XLSX whose sheet expands a thousand times over is refused before exceljs inflates it', async () => {
    const files = fixture('xlsx/council-2024-table-exceljs.xlsx');
    const bomb = zipSync({ ...files, 'xl/worksheets/sheet9.xml': new Uint8Array(64 * 2 ** 20) }, { level: 9 });
    const r = await readXlsx(bomb, LIMITS);
    expect(r).toMatchObject({
      ok: false,
      failure: {
        code: 'too-large',
        message: expect.stringMatching(
          /^XLSX part xl\/worksheets\/sheet9\.xml expands \d+ times to 64 MiB \(zip bomb\?\)$/,
        ),
      },
    });
  });

  it('an ODT whose content.xml is damaged is refused by the outline check', async () => {
    const files = fixture('odt/council-2024-table.odt');
    const xml = strFromU8(files['content.xml'] as Uint8Array);
    const damaged = zipSync({ ...files, 'content.xml': strToU8(xml.replace('</office:body>', '</office:bdy>')) });
    expect(await readOpenDocument(damaged, LIMITS, 'odt')).toEqual({
      ok: false,
      failure: {
        code: 'corrupt',
        message: 'cannot read the ODT (its XML is damaged: an end tag that does not match its element)',
      },
    });
  });

  it('a zip that is not what it claims is wrong-format, in words of its own kind', async () => {
    const other = zipSync({ 'readme.txt': strToU8('hello') });
    expect(await readXlsx(other, LIMITS)).toMatchObject({
      ok: false,
      failure: { code: 'wrong-format', message: 'a zip archive but not an Excel workbook (.xlsx): it has no xl/ part' },
    });
    expect(await readOpenDocument(other, LIMITS, 'ods')).toMatchObject({
      ok: false,
      failure: {
        code: 'wrong-format',
        message: 'a zip archive but not an OpenDocument spreadsheet (.ods): it has no content.xml part',
      },
    });
  });

  it('an ODS whose empty tail repeats a million rows reads only its rows', async () => {
    const files = fixture('ods/council-2024-table.ods');
    const xml = strFromU8(files['content.xml'] as Uint8Array);
    const tail =
      '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>';
    const padded = zipSync({
      ...files,
      'content.xml': strToU8(xml.replace('</table:table>', `${tail}</table:table>`)),
    });
    const r = await readOpenDocument(padded, LIMITS, 'ods');
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(
        r.document.blocks.filter((b) => b.kind === 'table').flatMap((b) => (b.kind === 'table' ? b.rows : [])).length,
      ).toBeLessThan(200);
  });
});
