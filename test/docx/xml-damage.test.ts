import { readdirSync, readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/ingest/docx/read-docx.js';
import { xmlDamage } from '../../src/ingest/zip/xml-damage.js';

const LIMITS = { maxBytes: 50 * 2 ** 20, maxExpandedBytes: 200 * 2 ** 20 };

describe('xmlDamage', () => {
  it('finds nothing wrong in well-formed parts: a declaration, comments, CDATA, a DOCTYPE, a BOM, ">" in values', () => {
    for (const xml of [
      '<w:document><w:body/></w:document>',
      '\uFEFF<?xml version="1.0"?>\n<!-- a comment --><w:document a="1"><w:body/></w:document>\r\n',
      '<!DOCTYPE x><?pi x?><root>text</root><!-- after -->  ',
      `<w:document a="x > y" b='1'><w:body><w:p><![CDATA[ <not a tag> ]]></w:p><?pi <x> ?></w:body ></w:document>`,
      '<root/>',
    ]) {
      expect(xmlDamage(xml), xml).toBeUndefined();
    }
  });

  it.each([
    ['<w:document><w:body/></w:document><w:p/>', 'content outside the document'],
    ['<w:document/>text after', 'content outside the document'],
    ['text before<w:document></w:document>', 'content outside the document'],
    ['<w:p>x</w:p><w:document><w:body/></w:document>', 'content outside the document'],
    ['<w:document><w:body>', 'an element that is never closed'],
    ['<w:document><w:body></w:bdy></w:document>', 'an end tag that does not match its element'],
    ['<w:document><w:p w:a="1><w:r/></w:p></w:document>', 'a tag that never ends'],
    ['<w:document><w:p>a < b</w:p></w:document>', 'a stray "<"'],
    ['<w:document><!-- never closed </w:document>', 'a comment or section that never ends'],
    ['', 'no content'],
  ])('%j: %s', (xml, why) => {
    expect(xmlDamage(xml)).toBe(why);
  });

  it('the real forms are sound: every DOCX fixture', () => {
    const all = readdirSync('fixtures/docx').filter((f) => /\.(docx|docm|dotx)$/.test(f));
    expect(all.length).toBeGreaterThan(20);
    for (const f of all) {
      const files = unzipSync(readFileSync(`fixtures/docx/${f}`));
      expect(xmlDamage(strFromU8(files['word/document.xml'] as Uint8Array)), f).toBeUndefined();
    }
  });
});

describe('readDocx on a real form with damaged XML (xmldom would take minutes on each)', () => {
  const files = unzipSync(readFileSync('fixtures/docx/messy-2024.docx'));
  const xml = strFromU8(files['word/document.xml'] as Uint8Array);
  const junk = '<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(100_000);
  // Unclosed attribute values and nested tables that never close, as a bit flip leaves them.
  const unclosed = '<w:tbl><w:tr><w:tc><w:p w:rsidR="00A1><w:r><w:t>x</w:t></w:r></w:p>'.repeat(50_000);

  it.each([
    ['paragraphs after the root', xml + junk, 'content outside the document'],
    ['paragraphs before the root', xml.replace('<w:document', `${junk}<w:document`), 'content outside the document'],
    ['unclosed attributes in nested tables', xml.replace('<w:body>', `<w:body>${unclosed}`), 'a tag that never ends'],
  ])('%s: refused at once as damaged', async (_what, damaged, why) => {
    const docx = zipSync({ ...files, 'word/document.xml': strToU8(damaged) });
    const r = await readDocx(docx, LIMITS);
    expect(r).toEqual({
      ok: false,
      failure: { code: 'corrupt', message: `cannot read the DOCX (its XML is damaged: ${why})` },
    });
  });

  it('a part whose bytes do not match its checksum (a flipped bit) is refused as damaged', async () => {
    const docx = zipSync({ ...files, 'word/document.xml': strToU8(xml) }, { level: 0 });
    // Stored, so the part's text is in the file as is: flip one letter of it.
    const at = Buffer.from(docx).indexOf('<w:body>') + 3;
    docx[at] = (docx[at] as number) ^ 0x01;
    const r = await readDocx(docx, LIMITS);
    expect(r).toEqual({
      ok: false,
      failure: {
        code: 'corrupt',
        message: 'corrupt DOCX (part word/document.xml fails its checksum: the file is damaged)',
      },
    });
  });
});
