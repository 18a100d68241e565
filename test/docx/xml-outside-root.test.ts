import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/ingest/docx/read-docx.js';
import { contentOutsideRoot } from '../../src/ingest/docx/xml-outside-root.js';

const LIMITS = { maxBytes: 50 * 2 ** 20, maxExpandedBytes: 200 * 2 ** 20 };

describe('contentOutsideRoot', () => {
  it('is false for well-formed parts, with a declaration, comments, a DOCTYPE and a BOM', () => {
    for (const xml of [
      '<w:document><w:body/></w:document>',
      '\uFEFF<?xml version="1.0"?>\n<!-- a comment --><w:document a="1"><w:body/></w:document>\r\n',
      '<!DOCTYPE x><?pi x?><root>text</root><!-- after -->  ',
      // A root that never closes (truncated) is the parser's to judge.
      '<w:document><w:body>',
    ]) {
      expect(contentOutsideRoot(xml), xml).toBe(false);
    }
  });

  it('is true for elements or text after the root ends or before it starts', () => {
    for (const xml of [
      '<w:document><w:body/></w:document><w:p/>',
      '<w:document/>text after',
      'text before<w:document></w:document>',
      '<w:p>x</w:p><w:document><w:body/></w:document>',
    ]) {
      expect(contentOutsideRoot(xml), xml).toBe(true);
    }
  });
});

describe('readDocx on a real form with damaged XML', () => {
  const files = unzipSync(readFileSync('fixtures/docx/messy-2024.docx'));
  const xml = strFromU8(files['word/document.xml'] as Uint8Array);
  const junk = '<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(100_000);

  it.each([
    ['after', xml + junk],
    ['before', xml.replace('<w:document', `${junk}<w:document`)],
  ])('100,000 paragraphs %s the root: refused at once as damaged (xmldom took minutes)', async (_where, damaged) => {
    const docx = zipSync({ ...files, 'word/document.xml': strToU8(damaged) });
    const r = await readDocx(docx, LIMITS);
    expect(r).toEqual({
      ok: false,
      failure: { code: 'corrupt', message: 'cannot read the DOCX (its XML is damaged: content outside the document)' },
    });
  });
});
