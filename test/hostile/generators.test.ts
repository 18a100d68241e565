/**
 * The hostile inputs are what they claim to be (test/hostile/generators.ts): the header fields patched, the
 * sizes they inflate to (counted by streaming, never held), the overlaps, the XObject nesting, the aliases.
 * Fast, and without the CLI: where a reader is needed to show a small variant is a real form, the sources'
 * readers are called directly.
 */
import { lstatSync, mkdtempSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, createInflate, createInflateRaw, deflateSync, inflateRawSync, inflateSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { isAlias, isSeq, parseDocument, visit, type Node } from 'yaml';
import type { TableBlock } from '../../src/ingest/document.js';
import { readDocx } from '../../src/ingest/docx/read-docx.js';
import { readPdf } from '../../src/ingest/pdf/read-pdf.js';
import {
  GiB,
  KiB,
  MiB,
  adler32,
  deflateChunks,
  deflateRepeated,
  fromLatin1,
  inflatedLength,
  latin1,
  objectOffsets,
  readCentralDirectory,
  readLocalHeader,
  trailerRef,
} from './bytes.js';
import {
  DOCUMENT,
  TRAPS,
  councilRows,
  docxHonestBig,
  docxHonestBomb,
  docxLyingSizes,
  docxMethodMismatch,
  docxOverlapNested,
  docxOverlapShared,
  docxPastedTable,
  docxTimescale,
  docxTrailingNodes,
  hostileFiles,
  timescaleSentence,
  pdfDeletedObject,
  pdfFixture,
  pdfHugeNumbers,
  pdfManyTextOps,
  pdfMetadataBomb,
  pdfNegativeNumbers,
  pdfXObjectLaughs,
  pdfXrefOutOfRange,
  yamlAliases,
  yamlAnsi,
  yamlBillionLaughs,
  yamlMillionLines,
  yamlTimescale,
} from './generators.js';

const LIMITS = { maxBytes: 50 * MiB, maxExpandedBytes: 200 * MiB };

/** Stream-inflate (raw deflate, or zlib with `zlib: true`): length, CRC-32, first and last bytes; in little memory. */
async function inflateStats(
  data: Uint8Array,
  { zlib = false } = {},
): Promise<{ length: number; crc: number; head: string; tail: string }> {
  const inflater = zlib ? createInflate({ chunkSize: MiB }) : createInflateRaw({ chunkSize: MiB });
  let length = 0;
  let crc = 0;
  let head = '';
  let tail = '';
  inflater.on('data', (chunk: Buffer) => {
    length += chunk.length;
    crc = crc32(chunk, crc);
    if (head.length < 4096) head += chunk.subarray(0, 4096 - head.length).toString('latin1');
    tail = (tail + chunk.subarray(Math.max(0, chunk.length - 512)).toString('latin1')).slice(-512);
  });
  const done = new Promise<void>((resolve, reject) => {
    inflater.on('end', resolve);
    inflater.on('error', reject);
  });
  inflater.end(data);
  await done;
  return { length, crc: crc >>> 0, head, tail };
}

const record = (bytes: Uint8Array, name: string) => {
  const r = readCentralDirectory(bytes).find((e) => e.name === name);
  if (!r) throw new Error(`no central directory entry ${name}`);
  return r;
};

/** The data of the entry whose local header is at `offset`, as its central record `size` says. */
const dataAt = (bytes: Uint8Array, offset: number, compressedSize: number): Uint8Array => {
  const local = readLocalHeader(bytes, offset);
  return bytes.subarray(local.dataStart, local.dataStart + compressedSize);
};

const tables = (blocks: { kind: string }[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.kind === 'table');

describe('deflate building blocks', () => {
  it('deflateRepeated inflates to exactly head + unit×count + tail, with the true CRC-32 and Adler-32', () => {
    for (const [unit, count] of [
      ['<w:p/>', 0],
      ['<w:p/>', 1],
      ['ab', 700_001],
      ['<w:tr>row</w:tr>', 200_000],
    ] as const) {
      const d = deflateRepeated({ head: '<?xml?><a>', unit, count, tail: '</a>' });
      const expected = Buffer.from(`<?xml?><a>${unit.repeat(count)}</a>`, 'latin1');
      const out = inflateRawSync(d.data);
      expect(out.equals(expected), `${unit} × ${count}`).toBe(true);
      expect(d.size).toBe(expected.length);
      expect(d.crc).toBe(crc32(expected) >>> 0);
      expect(d.adler).toBe(adler32(expected));
    }
  });

  it('deflateChunks is one valid stream of the chunks', () => {
    const chunks = Array.from({ length: 50 }, (_, i) => `line ${i} `.repeat(i * 10));
    const d = deflateChunks(chunks);
    const expected = Buffer.from(chunks.join(''), 'latin1');
    expect(inflateRawSync(d.data).equals(expected)).toBe(true);
    expect(d.crc).toBe(crc32(expected) >>> 0);
    expect(d.adler).toBe(adler32(expected));
  });

  it('adler32 matches zlib (a zlib stream of the same bytes ends with it)', () => {
    const bytes = Buffer.from('Complaint Handling Code '.repeat(5000));
    const stream = deflateSync(bytes);
    expect(adler32(bytes)).toBe(stream.readUInt32BE(stream.length - 4));
  });
});

describe('DOCX zip attacks', () => {
  it('honest bomb: document.xml declares 1 GiB in both headers and inflates to exactly that, CRC-32 true', async () => {
    const bytes = await docxHonestBomb();
    expect(bytes.length).toBeLessThan(2 * MiB);
    const doc = record(bytes, DOCUMENT);
    const local = readLocalHeader(bytes, doc.offset);
    expect(doc).toMatchObject({ method: 8, size: local.size, compressedSize: local.compressedSize, crc: local.crc });
    expect(doc.size).toBeGreaterThan(GiB - KiB);
    expect(doc.size).toBeLessThanOrEqual(GiB);
    const stats = await inflateStats(dataAt(bytes, doc.offset, doc.compressedSize));
    expect(stats.length).toBe(doc.size);
    expect(stats.crc).toBe(doc.crc);
    expect(stats.head).toMatch(/^<\?xml[^>]*\?>\s*<w:document [^>]*><w:body><w:p\/><w:p\/>/);
    expect(stats.tail).toMatch(/<w:p\/><w:sectPr>.*<\/w:sectPr><\/w:body><\/w:document>$/s);
    // Every other part is an ordinary, honest entry of a docx-package document.
    const others = unzipSync(bytes, { filter: (f) => f.name !== DOCUMENT });
    expect(Object.keys(others)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/styles.xml', '_rels/.rels']),
    );
  });

  it('method mismatch: stored (0) in the local header, deflated (8) in the central directory, same sizes', async () => {
    const bytes = await docxMethodMismatch({ inflatedBytes: 64 * MiB });
    const doc = record(bytes, DOCUMENT);
    const local = readLocalHeader(bytes, doc.offset);
    expect(local.method).toBe(0);
    expect(doc.method).toBe(8);
    expect(local.compressedSize).toBe(local.size);
    expect(doc).toMatchObject({ compressedSize: local.compressedSize, size: local.size });
    // Stored, the part is deflate bytes; inflated as the central directory says, it is 64 MiB of XML.
    const data = dataAt(bytes, doc.offset, doc.compressedSize);
    expect(local.crc).toBe(crc32(data) >>> 0);
    const stats = await inflateStats(data);
    expect(stats.length).toBeGreaterThan(64 * MiB - KiB);
    expect(stats.head).toMatch(/^<\?xml/);
    // At the default size: about 1.5 MB that inflate to 1 GiB.
    const full = await docxMethodMismatch();
    const fullDoc = record(full, DOCUMENT);
    expect(full.length).toBeLessThan(2 * MiB);
    expect(inflatedLength(dataAt(full, fullDoc.offset, fullDoc.compressedSize), 100 * MiB)).toBe('over');
  });

  it("overlap, nested: document.xml's local header and data lie inside image1.png's stored data", async () => {
    const bytes = await docxOverlapNested({ inflatedBytes: 16 * MiB });
    const image = record(bytes, 'word/media/image1.png');
    const doc = record(bytes, DOCUMENT);
    const imageData = readLocalHeader(bytes, image.offset).dataStart;
    expect(image.method).toBe(0);
    expect(doc.offset).toBe(imageData);
    expect(doc.offset + 30 + DOCUMENT.length + doc.compressedSize).toBe(imageData + image.compressedSize);
    // Walking the local headers from the start never meets document.xml.
    const walked: string[] = [];
    for (let at = 0; readLocalHeaderOrUndefined(bytes, at);) {
      const h = readLocalHeader(bytes, at);
      walked.push(h.name);
      at = h.dataStart + h.compressedSize;
    }
    expect(walked).toContain('word/media/image1.png');
    expect(walked).not.toContain(DOCUMENT);
    // Both of its headers declare 64 KiB; the data inflates past that, to the size asked for.
    const nested = readLocalHeader(bytes, doc.offset);
    expect(nested).toMatchObject({ name: DOCUMENT, method: 8, size: 64 * KiB });
    expect(doc.size).toBe(64 * KiB);
    const stats = await inflateStats(dataAt(bytes, doc.offset, doc.compressedSize));
    expect(stats.length).toBeGreaterThan(16 * MiB - KiB);
    const full = await docxOverlapNested();
    const fullDoc = record(full, DOCUMENT);
    expect(inflatedLength(dataAt(full, fullDoc.offset, fullDoc.compressedSize), 100 * MiB)).toBe('over');
  });

  it('overlap, shared: 4,000 more central entries point at the local header of document.xml', async () => {
    const bytes = await docxOverlapShared();
    const central = readCentralDirectory(bytes);
    const doc = record(bytes, DOCUMENT);
    const aliases = central.filter((r) => r.name.startsWith('customXml/item'));
    expect(aliases).toHaveLength(4000);
    for (const a of aliases) expect(a).toMatchObject({ offset: doc.offset, size: doc.size, crc: doc.crc, method: 8 });
    expect(central.reduce((n, r) => n + r.size, 0)).toBeGreaterThan(200 * MiB);
    // One copy of the data in the file; the form it holds is a real one.
    expect(bytes.length).toBeLessThan(400 * KiB);
    const xml = inflateRawSync(dataAt(bytes, doc.offset, doc.compressedSize)).toString('utf8');
    expect(xml.match(/<w:tr>/g)).toHaveLength(73);
  });

  it('lying sizes: both headers declare 64 KiB; the data inflates past it (to 1 GiB)', async () => {
    const bytes = await docxLyingSizes({ inflatedBytes: 8 * MiB });
    const doc = record(bytes, DOCUMENT);
    expect(doc.size).toBe(64 * KiB);
    expect(readLocalHeader(bytes, doc.offset).size).toBe(64 * KiB);
    expect((await inflateStats(dataAt(bytes, doc.offset, doc.compressedSize))).length).toBeGreaterThan(8 * MiB - KiB);
    const full = await docxLyingSizes();
    const fullDoc = record(full, DOCUMENT);
    expect(fullDoc.size).toBe(64 * KiB);
    expect(inflatedLength(dataAt(full, fullDoc.offset, fullDoc.compressedSize), 100 * MiB)).toBe('over');
  });

  it('honest big: valid XML of real rows with honest sizes; at 190 MB the file is under 1 MB', async () => {
    const small = await docxHonestBig({ xmlBytes: 600_000 });
    const read = await readDocx(small, LIMITS);
    if (!read.ok) throw new Error(read.failure.message);
    const [form] = tables(read.document.blocks);
    const ids = form?.rows.map((r) => r.cells[0]?.text) ?? [];
    expect(ids.slice(0, 74)).toEqual(['Code provision', ...councilRows().map((r) => r.id), '6.14']);
    expect(ids.filter((id) => id === '6.14').length).toBeGreaterThan(1000);
    const full = await docxHonestBig();
    const doc = record(full, DOCUMENT);
    expect(full.length).toBeLessThan(MiB);
    expect(doc.size).toBeGreaterThan(189_000_000);
    expect(doc.size).toBeLessThanOrEqual(190_000_000);
    expect(doc.size).toBeLessThan(LIMITS.maxExpandedBytes);
    const stats = await inflateStats(dataAt(full, doc.offset, doc.compressedSize));
    expect(stats).toMatchObject({ length: doc.size, crc: doc.crc });
    expect(stats.tail).toMatch(/<\/w:tr><\/w:tbl>.*<\/w:body><\/w:document>$/s);
  });

  it("trailing nodes: a real form's document.xml, then 330,000 paragraphs after its root element (~4 MB)", async () => {
    const bytes = await docxTrailingNodes();
    const xml = strFromU8(unzipSync(bytes, { filter: (f) => f.name === DOCUMENT })[DOCUMENT] as Uint8Array);
    const end = xml.indexOf('</w:document>') + '</w:document>'.length;
    expect(xml.length).toBeGreaterThan(3.9e6);
    expect(xml.slice(end)).toBe('<w:p>x</w:p>'.repeat(330_000));
    expect(xml.slice(0, end).match(/<w:tr>/g)).toHaveLength(73);
  });

  it('pasted table: the 72-row table of Yes answers, the given number of times', async () => {
    const read = await readDocx(await docxPastedTable({ copies: 3 }), LIMITS);
    if (!read.ok) throw new Error(read.failure.message);
    const found = tables(read.document.blocks);
    expect(found).toHaveLength(3);
    for (const t of found) {
      expect(t.rows).toHaveLength(73);
      expect(t.rows.slice(1).every((r) => r.cells[2]?.text === 'Yes')).toBe(true);
    }
    const full = await docxPastedTable();
    const xml = await inflateStats(dataAt(full, record(full, DOCUMENT).offset, record(full, DOCUMENT).compressedSize));
    expect(xml.length).toBeGreaterThan(500 * 50_000);
  });

  it('timescale: one commentary cell holding a sentence of the given number of durations', async () => {
    const read = await readDocx(await docxTimescale({ durations: 2000 }), LIMITS);
    if (!read.ok) throw new Error(read.failure.message);
    const row = tables(read.document.blocks)[0]?.rows.find((r) => r.cells[0]?.text === '6.14');
    const text = row?.cells[4]?.text ?? '';
    expect(text).toMatch(/^We respond to stage 2 complaints within 5 working days, 6 working days, /);
    expect(text.match(/\d+ working days/g)).toHaveLength(2000);
    const full = unzipSync(await docxTimescale(), { filter: (f) => f.name === DOCUMENT })[DOCUMENT] as Uint8Array;
    expect(strFromU8(full)).toContain(`>${timescaleSentence(100_000)}<`);
    expect(timescaleSentence(100_000).match(/\d+ working days/g)).toHaveLength(100_000);
  });
});

function readLocalHeaderOrUndefined(bytes: Uint8Array, at: number): boolean {
  return at + 4 <= bytes.length && new DataView(bytes.buffer, bytes.byteOffset).getUint32(at, true) === 0x04034b50;
}

/** Every in-use xref entry points at its `N 0 obj`, and startxref at the table. */
function expectXrefConsistent(pdf: string): void {
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf)?.[1]);
  expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
  const head = /^xref\s+(\d+)\s+(\d+)\s*\n/.exec(pdf.slice(startxref));
  if (!head) throw new Error('no xref table');
  const entries = pdf
    .slice(startxref + head[0].length)
    .split('\n')
    .slice(0, Number(head[2]));
  entries.forEach((e, i) => {
    const m = /^(\d{10}) (\d{5}) ([nf])/.exec(e);
    expect(m, `xref entry ${i}`).not.toBeNull();
    if (m?.[3] === 'n') expect(pdf.slice(Number(m[1])).startsWith(`${i} 0 obj`), `object ${i}`).toBe(true);
  });
}

const dictOf = (doc: PDFDocument, value: unknown): PDFDict | PDFRawStream => {
  const obj = value instanceof PDFRef ? doc.context.lookup(value) : value;
  if (obj instanceof PDFDict || obj instanceof PDFRawStream) return obj;
  throw new Error('not a dictionary or stream');
};

describe('PDF', () => {
  it('metadata bomb: the form, re-saved, with a FlateDecode /Metadata XML stream of zeros', async () => {
    const small = await pdfMetadataBomb({ inflatedBytes: 4 * MiB });
    const doc = await PDFDocument.load(small);
    const meta = dictOf(doc, doc.catalog.get(PDFName.of('Metadata')));
    if (!(meta instanceof PDFRawStream)) throw new Error('the metadata is not a stream');
    expect(meta.dict.get(PDFName.of('Type'))).toBe(PDFName.of('Metadata'));
    expect(meta.dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('XML'));
    expect(meta.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('FlateDecode'));
    const zeros = inflateSync(meta.contents);
    expect(zeros.length).toBe(4 * MiB);
    expect(zeros.every((b) => b === 0)).toBe(true);
    expect(doc.getPageCount()).toBe((await PDFDocument.load(pdfFixture())).getPageCount());
    // Otherwise the good form: it still reads as the council's 2024 table.
    const read = await readPdf(small, { maxPages: 50 });
    if (!read.ok) throw new Error(read.failure.message);
    expect(tables(read.document.blocks).flatMap((t) => t.rows).length).toBeGreaterThan(70);
    const full = await PDFDocument.load(await pdfMetadataBomb({ inflatedBytes: 256 * MiB }));
    const fullMeta = dictOf(full, full.catalog.get(PDFName.of('Metadata'))) as PDFRawStream;
    expect(fullMeta.contents.length).toBeLessThan(300 * KiB);
    expect((await inflateStats(fullMeta.contents, { zlib: true })).length).toBe(256 * MiB);
  });

  it('XObject laughs: X9 → X8 → ... → X0, ten Do each, X0 drawing text; the page draws X9; ~3 KB', async () => {
    const bytes = await pdfXObjectLaughs();
    expect(bytes.length).toBeLessThan(4 * KiB);
    const doc = await PDFDocument.load(bytes);
    const page = doc.getPage(0);
    const content = latin1((dictOf(doc, page.node.get(PDFName.of('Contents'))) as PDFRawStream).contents);
    expect(content.trim()).toBe('/X9 Do');
    let xobjects = dictOf(doc, page.node.Resources()?.get(PDFName.of('XObject')));
    let draws = 1;
    for (let level = 9; level >= 0; level--) {
      const form = dictOf(doc, (xobjects as PDFDict).get(PDFName.of(`X${level}`))) as PDFRawStream;
      expect(form.dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('Form'));
      const ops = latin1(form.contents);
      const resources = dictOf(doc, form.dict.get(PDFName.of('Resources')));
      if (level === 0) {
        expect(ops).toMatch(/^BT \/F1 12 Tf .* Tj ET$/);
        break;
      }
      expect(ops.match(new RegExp(`/X${level - 1} Do`, 'g'))).toHaveLength(10);
      draws *= 10;
      xobjects = dictOf(doc, (resources as PDFDict).get(PDFName.of('XObject')));
    }
    expect(draws).toBe(1e9);
  });

  it('many text operations: one content stream of that many separate BT (a) Tj ET', async () => {
    const bytes = await pdfManyTextOps({ ops: 5000 });
    const doc = await PDFDocument.load(bytes);
    const stream = dictOf(doc, doc.getPage(0).node.get(PDFName.of('Contents'))) as PDFRawStream;
    const ops = inflateSync(stream.contents).toString('latin1');
    expect(ops.match(/BT \/F1 1 Tf \d+ \d+ Td \(a\) Tj ET/g)).toHaveLength(5000);
    expect(new Set(ops.match(/\d+ \d+ Td/g)).size).toBe(5000);
    const million = await pdfManyTextOps();
    const big = await PDFDocument.load(million);
    const content = dictOf(big, big.getPage(0).node.get(PDFName.of('Contents'))) as PDFRawStream;
    expect(
      inflateSync(content.contents)
        .toString('latin1')
        .match(/\(a\) Tj/g),
    ).toHaveLength(1_000_000);
  });

  it('deleted object: the page tree root is gone (free in a rebuilt, consistent xref); nothing else changed', async () => {
    const fixture = latin1(pdfFixture());
    const pdf = latin1(await pdfDeletedObject());
    const pages = Number(
      /\/Pages\s+(\d+)\s+0\s+R/.exec(fixture.slice(objectOffsets(fixture).get(trailerRef(fixture, 'Root'))))?.[1],
    );
    expect(objectOffsets(fixture).has(pages)).toBe(true);
    expect(objectOffsets(pdf).has(pages)).toBe(false);
    expect([...objectOffsets(pdf).keys()].sort()).toEqual(
      [...objectOffsets(fixture).keys()].filter((n) => n !== pages).sort(),
    );
    expectXrefConsistent(pdf);
  });

  it('xref out of range: only the catalog entry changed, to 9999999999, past the end', async () => {
    const fixture = latin1(pdfFixture());
    const pdf = latin1(await pdfXrefOutOfRange());
    expect(pdf.length).toBe(fixture.length);
    const diff = [...pdf].findIndex((c, i) => c !== fixture[i]);
    expect(pdf.slice(diff - 5, diff + 20)).toMatch(/9999999999 00000 n/);
    expect(pdf.slice(pdf.lastIndexOf('9999999999') + 10)).toBe(fixture.slice(pdf.lastIndexOf('9999999999') + 10));
    expect(9_999_999_999).toBeGreaterThan(pdf.length);
  });

  it('huge numbers: 1e308 in MediaBoxes, widths and page 1 text; the xref rebuilt and consistent', async () => {
    const pdf = latin1(await pdfHugeNumbers());
    expect(pdf).toMatch(/\/MediaBox\[0 0 1e308 1e308\]/);
    expect(pdf).toMatch(/\/Widths\[1e308 1e308/);
    expect(pdf).not.toMatch(/\/MediaBox\s*\[\s*0 0 841/);
    expectXrefConsistent(pdf);
    const content = pageOneContent(pdf);
    expect(content).toMatch(/1e308 Tf/);
    expect(content).not.toMatch(/\b(?!1e308)[\d.]+ Tf/);
    expect(content).toMatch(/1e308 -1e308 Td/);
  });

  it('negative numbers: -2147483649 as /Count, /FirstChar and page 1 font sizes; the xref consistent', async () => {
    const pdf = latin1(await pdfNegativeNumbers());
    expect(pdf).toMatch(/\/Count -2147483649/);
    expect(pdf).toMatch(/\/FirstChar -2147483649/);
    expectXrefConsistent(pdf);
    const content = pageOneContent(pdf);
    expect(content).toMatch(/-2147483649 Tf/);
    expect(content).not.toMatch(/(?<!-2147483649) Tf/);
  });
});

/** Page 1's decoded content stream (its /Length, direct or indirect, must be right). */
function pageOneContent(pdf: string): string {
  const offsets = objectOffsets(pdf);
  const text = (n: number): string => pdf.slice(offsets.get(n), pdf.indexOf('endobj', offsets.get(n)));
  const pages = Number(/\/Pages\s+(\d+)\s+0\s+R/.exec(text(trailerRef(pdf, 'Root')))?.[1]);
  const page1 = Number(/\/Kids\s*\[\s*(\d+)\s+0\s+R/.exec(text(pages))?.[1]);
  const contents = Number(/\/Contents\s+(\d+)\s+0\s+R/.exec(text(page1))?.[1]);
  const obj = text(contents);
  const lengthRef = /\/Length\s+(\d+)\s+0\s+R/.exec(obj);
  const length = Number(
    lengthRef ? /obj\s+(\d+)/.exec(text(Number(lengthRef[1])))?.[1] : /\/Length\s+(\d+)/.exec(obj)?.[1],
  );
  const start = obj.indexOf('stream\n') + 'stream\n'.length;
  expect(obj.slice(start + length).trim()).toBe('endstream');
  return inflateSync(fromLatin1(obj.slice(start, start + length))).toString('latin1');
}

const aliases = (text: string): number => {
  let n = 0;
  visit(parseDocument(text), { Alias: () => void n++ });
  return n;
};

describe('YAML', () => {
  it('aliases: exactly 1,000, which expand to the form plus pasted copies of 6.14', async () => {
    const text = strFromU8(await yamlAliases());
    expect(aliases(text)).toBe(1000);
    const data = parseDocument(text).toJS({ maxAliasCount: -1 }) as { provisions: { id: string; comply: string }[] };
    expect(data.provisions.slice(0, 72).map((p) => p.id)).toEqual(councilRows().map((r) => r.id));
    expect(data.provisions.every((p) => p.comply === 'Yes')).toBe(true);
    expect(data.provisions.filter((p) => p.id === '6.14').length).toBe(1 + 1000 - 2 * 71);
  });

  it('billion laughs: 9 levels of 10 aliases, 91 alias nodes expanding to 10^9 strings, refused by the yaml package', async () => {
    const text = strFromU8(await yamlBillionLaughs());
    expect(text.length).toBeLessThan(KiB);
    expect(aliases(text)).toBe(91);
    const doc = parseDocument(text);
    expect(doc.errors).toEqual([]);
    // The expansion, counted over the node graph without building it.
    const anchors = new Map<string, Node>();
    visit(doc, {
      Node: (_, node) => {
        if ('anchor' in node && typeof node.anchor === 'string') anchors.set(node.anchor, node as Node);
      },
    });
    const memo = new Map<unknown, number>();
    const leaves = (node: unknown): number => {
      const known = memo.get(node);
      if (known !== undefined) return known;
      const n = isAlias(node)
        ? leaves(anchors.get(node.source))
        : isSeq(node)
          ? node.items.reduce<number>((sum, item) => sum + leaves(item), 0)
          : 1;
      memo.set(node, n);
      return n;
    };
    const commentary = (doc.getIn(['provisions', 0], true) as { get: (k: string, keep: true) => unknown }).get(
      'commentary',
      true,
    );
    expect(leaves(commentary)).toBe(1e9);
    expect(() => doc.toJS()).toThrow(/alias/i);
  });

  it('million lines: that many lines (at most), the council form first, then provisions with findings', async () => {
    const text = strFromU8(await yamlMillionLines({ lines: 20_000 }));
    const lines = text.split('\n').length - 1;
    expect(lines).toBeLessThanOrEqual(20_000);
    expect(lines).toBeGreaterThan(19_990);
    const data = parseDocument(text).toJS() as { provisions: Record<string, string>[] };
    expect(data.provisions.length).toBe(72 + Math.floor((lines - 374) / 5));
    const pasted = data.provisions.slice(72);
    expect(pasted.every((p) => /^Maybe \d+$/.test(p['comply'] ?? ''))).toBe(true);
    expect(new Set(pasted.map((p) => p['comply'])).size).toBe(pasted.length);
    const real = new Set(councilRows().map((r) => r.id));
    expect(pasted.filter((p) => real.has(p['id'] ?? '')).length).toBeGreaterThan(pasted.length / 4);
    const full = await yamlMillionLines();
    let newlines = 0;
    for (let at = full.indexOf(10); at >= 0; at = full.indexOf(10, at + 1)) newlines++;
    expect(newlines).toBeGreaterThan(999_990);
    expect(full.length).toBeLessThan(LIMITS.maxBytes);
  });

  it('ANSI: ESC and BEL in the landlord, an answer, a commentary and an id', async () => {
    const data = parseDocument(strFromU8(await yamlAnsi())).toJS() as {
      landlord: string;
      provisions: { id: string; comply?: string; commentary?: string }[];
    };
    expect(data.landlord).toBe('Evil\u001b[2J\u001b]0;pwned\u0007 Homes');
    expect(data.provisions.find((p) => p.id === '1.3')?.comply).toBe('\u001b[32mYes\u001b[0m');
    expect(data.provisions.find((p) => p.id === '6.16')?.commentary).toMatch(/^\u001b\[1A\u001b\[2K\r/);
    expect(data.provisions.at(-1)?.id).toBe('\u001b[31m9.99\u001b[0m');
  });

  it('timescale: 6.14 commentary is one sentence of 100,000 durations', async () => {
    const data = parseDocument(strFromU8(await yamlTimescale())).toJS() as { provisions: Record<string, string>[] };
    const commentary = data.provisions.find((p) => p['id'] === '6.14')?.['commentary'] ?? '';
    expect(commentary.match(/\d+ working days/g)).toHaveLength(100_000);
    expect(commentary.split(/[.!?]\s/)).toHaveLength(1);
    expect(data.provisions).toHaveLength(72);
  });
});

describe('file-system traps', () => {
  it('each creates what it says', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assess-traps-'));
    const made = Object.fromEntries(TRAPS.map((t) => [t.name, t.create(dir)]));
    expect(made).toEqual({
      fifo: 'form.yaml',
      'dev-zero': 'zero.pdf',
      'dev-urandom': 'random.yaml',
      'root-link': 'root-link',
      'parent-link': 'parent-link',
      'symlink-loop': 'loop-a.yaml',
    });
    expect(lstatSync(join(dir, 'form.yaml')).isFIFO()).toBe(true);
    expect(readlinkSync(join(dir, 'zero.pdf'))).toBe('/dev/zero');
    expect(statSync(join(dir, 'zero.pdf')).isCharacterDevice()).toBe(true);
    expect(readlinkSync(join(dir, 'random.yaml'))).toBe('/dev/urandom');
    expect(readlinkSync(join(dir, 'root-link', 'root'))).toBe('/');
    expect(readlinkSync(join(dir, 'parent-link', 'up'))).toBe('..');
    expect(statSync(join(dir, 'parent-link', 'up')).ino).toBe(statSync(dir).ino);
    expect(() => statSync(join(dir, 'loop-a.yaml'))).toThrow(/ELOOP/);
    for (const t of TRAPS) for (const p of t.creates) expect(() => lstatSync(join(dir, p)), p).not.toThrow();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the corpus', () => {
  it('names are unique, end in their extension, are the same at both scales; every outcome has an alternative', () => {
    const issue = hostileFiles('issue');
    const test = hostileFiles('test');
    expect(test.map((f) => f.name)).toEqual(issue.map((f) => f.name));
    expect(new Set(issue.map((f) => f.name)).size).toBe(issue.length);
    for (const f of [...issue, ...TRAPS]) {
      if ('ext' in f) expect(f.name.endsWith(f.ext), f.name).toBe(true);
      const o = f.outcome;
      expect(
        [o.readable, o.unreadable, o.aborts, o.nothingToScan].some((x) => x !== undefined),
        f.name,
      ).toBe(true);
    }
  });
});
