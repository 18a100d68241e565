/**
 * Hostile inputs (issue #10): each generator returns the bytes of one input that attacks a reader (zip and
 * deflate bombs, overlapping zip entries, XObject recursion, YAML alias expansion, ...) or, for the
 * file-system traps, creates the thing in a folder. Each comes with what a correct outcome is, which
 * test/hostile/hostile.test.ts checks against the built binary and `npm run hostile -- <dir>` writes out for
 * trying by hand. The inputs are made with the writers in devDependencies (the `docx` package, pdf-lib,
 * node:zlib) plus precise byte surgery on their output or on the fixtures; nothing big is ever held
 * expanded (test/hostile/bytes.ts): a 1 GiB bomb is made in under a second from its ~1.5 MB of compressed
 * data, and writing the whole corpus peaks at about 150 MB (most of it the `docx` package and pdf-lib).
 *
 * Every generator takes its sizes as options with the issue's sizes as defaults; `hostileFiles('test')`
 * picks smaller ones where the size costs a behaving product time (the test then lowers the limits too).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument, PDFName, StandardFonts, type PDFRef } from 'pdf-lib';
import { parse } from 'yaml';
import type { FailureCode } from '../../src/failure/failure.js';
import { docxBytes, headerRow, row, table } from '../docx/build-docx.js';
import {
  GiB,
  KiB,
  MiB,
  centralHeader,
  concat,
  deflateChunks,
  deflateRepeated,
  deflatedEntry,
  editStream,
  endOfCentralDirectory,
  entryFrom,
  fromLatin1,
  latin1,
  localHeader,
  objectText,
  rebuildXref,
  replaceObject,
  setXrefOffset,
  storedEntry,
  trailerRef,
  zip,
  zlibWrap,
  type Deflated,
  type ZipFields,
  type ZipItem,
} from './bytes.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

// ---------------------------------------------------------------------------------------------------------------
// What a correct outcome is.

/**
 * What `assess check --format json FILE` (or, for a folder trap, `assess scan --format json FOLDER`) may do; any
 * of the alternatives given is right, anything else (a crash, a hang, another exit code) is wrong:
 * - readable: the file is read (files[0].unreadable false), with one of these exit codes;
 * - unreadable: exit 1 and exactly one finding, `unreadable-document`, whose files[0].failure is one of these;
 * - aborts: `check` exits 2 with one line on stderr matching `message` (a FIFO, a device, a loop, invalid YAML);
 *   in a scan the file is unreadable with one of `failures` (or, for a special file, not listed);
 * - nothingToScan: `scan FOLDER` exits 2 (nothing matched) without reading anything outside the folder.
 */
export interface Outcome {
  readable?: readonly (0 | 1)[];
  unreadable?: readonly FailureCode[];
  aborts?: { failures: readonly FailureCode[]; message: RegExp };
  nothingToScan?: true;
}

/** The outcome in words: "read (exit 0/1) or unreadable-document (too-large | timeout)". */
export const describeOutcome = (o: Outcome): string =>
  [
    ...(o.readable ? [`read (exit ${o.readable.join('/')})`] : []),
    ...(o.unreadable ? [`unreadable-document (${o.unreadable.join(' | ')})`] : []),
    ...(o.aborts ? [`check exits 2 (${o.aborts.failures.join(' | ')})`] : []),
    ...(o.nothingToScan ? ['scan finds nothing to check (exit 2) and never leaves the folder'] : []),
  ].join(' or ');

/** A hostile file: its name (with the extension), what it is, what is right, and how to make it. */
export interface HostileFile {
  name: string;
  ext: '.docx' | '.pdf' | '.yaml';
  what: string;
  outcome: Outcome;
  bytes: () => Promise<Uint8Array>;
}

/** A file-system trap: `create(dir)` makes it in `dir` and returns the path (relative to `dir`) to hand to assess. */
export interface HostileTrap {
  name: string;
  what: string;
  outcome: Outcome;
  /** How the test runs it: `check PATH` (a file), or `scan PATH` (a folder). */
  command: 'check' | 'scan';
  /** Every path the trap creates, relative to `dir` (the scan-all test accounts for each). */
  creates: readonly string[];
  create: (dir: string) => string;
}

/** Bombs: refused by a limit, or given up on; never a crash. */
const BOMB: readonly FailureCode[] = ['too-large', 'corrupt', 'timeout'];
/** A big honest file the product may read, or refuse as over a size or memory limit. */
const BIG: readonly FailureCode[] = ['too-large', 'timeout', 'reader-crashed'];
/** Damaged PDFs: repaired and read, or refused as damaged; never a crash or a hang. */
const DAMAGED: readonly FailureCode[] = ['corrupt', 'too-large', 'not-a-form', 'empty', 'unknown-version'];
/** A special file passed to `check`. */
const NOT_A_FILE = /not a regular file|FIFO|device|socket|symbolic link|loop/i;

// ---------------------------------------------------------------------------------------------------------------
// The real 2024 form the inputs are built from (fixtures/forms/council-2024.yaml).

export interface FormRow {
  id: string;
  requirement: string;
  comply: string;
  evidence: string;
  commentary: string;
}

export const FORM_YAML = 'fixtures/forms/council-2024.yaml';
export const formYamlText = (): string => readFileSync(join(repoRoot, FORM_YAML), 'utf8');

/** The 72 rows of the council's 2024 form. */
export function councilRows(): FormRow[] {
  const doc = parse(formYamlText()) as { provisions: Partial<FormRow>[] };
  return doc.provisions.map((p) => ({
    id: String(p.id),
    requirement: p.requirement ?? '',
    comply: p.comply ?? '',
    evidence: p.evidence ?? '',
    commentary: p.commentary ?? '',
  }));
}

/** The 2024 form's column headings. */
export const FORM_HEADER = [
  'Code provision',
  'Code requirement',
  'Comply: Yes / No',
  'Evidence',
  'Commentary / explanation',
];

/** Every row answered Yes, with evidence (what a well-kept form says). */
export const yesRows = (): string[][] =>
  councilRows().map((r) => [
    r.id,
    r.requirement,
    'Yes',
    r.evidence || `Complaints policy, section ${r.id}`,
    r.commentary,
  ]);

const TITLE = 'Hostile Homes - Complaint Handling Code self-assessment 2024';

/** A DOCX form (the `docx` package): a title paragraph and one table of the rows under the 2024 headings. */
export const formDocx = (rows: string[][], title = TITLE): Promise<Uint8Array> =>
  docxBytes([new Paragraph(title), table([headerRow(FORM_HEADER), ...rows.map((r) => row(r))])], { title });

export const DOCUMENT = 'word/document.xml';

/** The parts of a DOCX, in a stable order with [Content_Types].xml first (folder entries dropped). */
export function docxParts(docx: Uint8Array): Map<string, Uint8Array> {
  const files = unzipSync(docx);
  const names = Object.keys(files)
    .filter((n) => !n.endsWith('/'))
    .sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return new Map(names.map((n) => [n, files[n] as Uint8Array]));
}

/** A DOCX zip of `parts`, each deflated honestly, except those given in `replace` (which keep their place). */
export function docxZip(parts: Map<string, Uint8Array>, replace: Record<string, ZipItem>): Uint8Array {
  return zip([...parts].map(([name, bytes]) => replace[name] ?? deflatedEntry(name, bytes)));
}

/** document.xml cut around its body: the head ends with `<w:body>`, the tail starts at `<w:sectPr` (or `</w:body>`). */
export function splitBody(xml: string): { head: string; tail: string } {
  const open = xml.indexOf('<w:body>');
  let close = xml.lastIndexOf('<w:sectPr');
  if (close < 0) close = xml.lastIndexOf('</w:body>');
  if (open < 0 || close < open) throw new Error('document.xml has no <w:body>');
  return { head: xml.slice(0, open + '<w:body>'.length), tail: xml.slice(close) };
}

/** A small real DOCX (one paragraph) whose document.xml body is to be replaced. */
async function shellParts(): Promise<{ parts: Map<string, Uint8Array>; head: string; tail: string }> {
  const parts = docxParts(await docxBytes([new Paragraph(TITLE)], { title: TITLE }));
  return { parts, ...splitBody(strFromU8(parts.get(DOCUMENT) as Uint8Array)) };
}

/** An empty paragraph: 6 bytes, so 1 GiB of them deflates about 700 times. */
const EMPTY_PARAGRAPH = '<w:p/>';

/** A valid document.xml of `bytes` (about): the shell's head, empty paragraphs, its tail; deflated, never held. */
async function paragraphBomb(bytes: number): Promise<{ parts: Map<string, Uint8Array>; xml: Deflated }> {
  const { parts, head, tail } = await shellParts();
  const count = Math.max(1, Math.floor((bytes - head.length - tail.length) / EMPTY_PARAGRAPH.length));
  return { parts, xml: deflateRepeated({ head, unit: EMPTY_PARAGRAPH, count, tail }) };
}

// ---------------------------------------------------------------------------------------------------------------
// DOCX zip attacks.

/**
 * (a) word/document.xml stored (method 0) says its local header, deflated (method 8) says the central directory,
 * with the same sizes in both (so no size looks expanded). A reader that walks the local headers sees about 1.5 MB
 * of stored bytes; one that follows the central directory (JSZip, inside mammoth) inflates them to `inflatedBytes`
 * of `<w:p/>`.
 */
export async function docxMethodMismatch({ inflatedBytes = GiB } = {}): Promise<Uint8Array> {
  const { parts, xml } = await paragraphBomb(inflatedBytes);
  return docxZip(parts, { [DOCUMENT]: { ...storedEntry(DOCUMENT, xml.data), central: { method: 8 } } });
}

/**
 * (b) Overlapping entries, hidden: a stored `word/media/image1.png` whose data is a complete local header and
 * deflate stream of word/document.xml, and a central directory entry for word/document.xml pointing inside that
 * data. Both headers of document.xml declare `declaredBytes` (64 KiB); its data inflates to `inflatedBytes`. A
 * reader walking the local headers never meets document.xml (it is data of the image); one following the central
 * directory inflates the bomb.
 */
export async function docxOverlapNested({ inflatedBytes = GiB, declaredBytes = 64 * KiB } = {}): Promise<Uint8Array> {
  const { parts, xml } = await paragraphBomb(inflatedBytes);
  const document = entryFrom(DOCUMENT, xml);
  const lie: ZipFields = { size: declaredBytes };
  const carrier = storedEntry('word/media/image1.png', concat([localHeader(document, lie), xml.data]));
  const items = [...parts].filter(([name]) => name !== DOCUMENT).map(([name, bytes]) => deflatedEntry(name, bytes));
  return zipWithAliases([...items, carrier], [{ entry: document, fields: lie, target: carrier.name, intoData: true }]);
}

/**
 * (b') Overlapping entries, shared: a real 72-row form whose word/document.xml is one local entry, and `aliases`
 * more central directory entries (`customXml/itemN.xml`) pointing at that same local header and data, each
 * declaring its true size. The local headers hold one copy (about 56 KB); the central directory adds up to
 * `aliases` times that (over the 200 MiB default limit at the default 4,000).
 */
export async function docxOverlapShared({ aliases = 4000 } = {}): Promise<Uint8Array> {
  const parts = docxParts(await formDocx(yesRows()));
  const items = [...parts].map(([name, bytes]) => deflatedEntry(name, bytes));
  const document = items.find((i) => i.name === DOCUMENT) as ZipItem;
  return zipWithAliases(
    items,
    Array.from({ length: aliases }, (_, i) => ({
      entry: { ...document, name: `customXml/item${i + 1}.xml` },
      target: DOCUMENT,
      intoData: false,
    })),
  );
}

interface Alias {
  /** The fields its central directory entry states (name, method, sizes, CRC). */
  entry: ZipItem;
  fields?: ZipFields;
  /** The item whose local header (or, with intoData, whose data) the entry points at. */
  target: string;
  intoData: boolean;
}

/** A zip of `items`, with extra central directory entries pointing into other entries' local records. */
function zipWithAliases(items: readonly ZipItem[], aliases: readonly Alias[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const offsets = new Map<string, { header: number; data: number }>();
  let at = 0;
  for (const item of items) {
    const header = localHeader(item, item.local);
    offsets.set(item.name, { header: at, data: at + header.length });
    parts.push(header, item.data);
    at += header.length + item.data.length;
  }
  const directory = items.map((item) => centralHeader(item, offsets.get(item.name)?.header ?? 0, item.central));
  for (const a of aliases) {
    const target = offsets.get(a.target);
    if (!target) throw new Error(`no entry ${a.target}`);
    directory.push(centralHeader(a.entry, a.intoData ? target.data : target.header, a.fields));
  }
  const size = directory.reduce((n, d) => n + d.length, 0);
  return concat([...parts, ...directory, endOfCentralDirectory(directory.length, size, at)]);
}

/** (c) A classic zip bomb with honest sizes: word/document.xml declares (and inflates to) `inflatedBytes`. */
export async function docxHonestBomb({ inflatedBytes = GiB } = {}): Promise<Uint8Array> {
  const { parts, xml } = await paragraphBomb(inflatedBytes);
  return docxZip(parts, { [DOCUMENT]: entryFrom(DOCUMENT, xml) });
}

/**
 * (d) Lying sizes: word/document.xml's local header and central directory entry both declare `declaredBytes`
 * (64 KiB, a ratio no guard minds), and its data inflates to `inflatedBytes`.
 */
export async function docxLyingSizes({ inflatedBytes = GiB, declaredBytes = 64 * KiB } = {}): Promise<Uint8Array> {
  const { parts, xml } = await paragraphBomb(inflatedBytes);
  const lie: ZipFields = { size: declaredBytes };
  return docxZip(parts, { [DOCUMENT]: { ...entryFrom(DOCUMENT, xml), local: lie, central: lie } });
}

/**
 * An honest big document: the real 72-row form, then copies of one real row (6.14, Yes, with evidence: a form
 * whose row was pasted down the page) until word/document.xml is `xmlBytes` (190 MB, under the 200 MiB
 * expansion limit), valid XML with honest sizes. About 830 KB: a copied row is ~370 bytes away, and deflate
 * spends ~9 bits per 258 bytes copied that far back.
 */
export async function docxHonestBig({ xmlBytes = 190_000_000 } = {}): Promise<Uint8Array> {
  const pasted = ['6.14', '', 'Yes', 'Complaints policy, section 8', ''];
  const parts = docxParts(await formDocx([...yesRows(), pasted]));
  const xml = strFromU8(parts.get(DOCUMENT) as Uint8Array);
  const rowEnd = xml.lastIndexOf('</w:tr>') + '</w:tr>'.length;
  const rowStart = xml.lastIndexOf('<w:tr>', rowEnd);
  const unit = xml.slice(rowStart, rowEnd);
  const count = Math.max(0, Math.floor((xmlBytes - xml.length) / unit.length));
  const big = deflateRepeated({
    head: new TextEncoder().encode(xml.slice(0, rowEnd)),
    unit,
    count,
    tail: new TextEncoder().encode(xml.slice(rowEnd)),
  });
  return docxZip(parts, { [DOCUMENT]: entryFrom(DOCUMENT, big) });
}

/** Damaged XML: a real form's document.xml followed by `nodes` paragraphs outside the root element (~4 MB). */
export async function docxTrailingNodes({ nodes = 330_000 } = {}): Promise<Uint8Array> {
  const parts = docxParts(await formDocx(yesRows()));
  const xml = parts.get(DOCUMENT) as Uint8Array;
  return docxZip(parts, {
    [DOCUMENT]: entryFrom(DOCUMENT, deflateRepeated({ head: xml, unit: '<w:p>x</w:p>', count: nodes })),
  });
}

/** The form's table (72 rows, all Yes, made by the `docx` package) pasted `copies` times, a paragraph between. */
export async function docxPastedTable({ copies = 500 } = {}): Promise<Uint8Array> {
  const parts = docxParts(await formDocx(yesRows()));
  const xml = strFromU8(parts.get(DOCUMENT) as Uint8Array);
  const start = xml.indexOf('<w:tbl>');
  const end = xml.lastIndexOf('</w:tbl>') + '</w:tbl>'.length;
  if (start < 0 || end < start) throw new Error('the form has no table');
  const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
  const pasted = deflateRepeated({
    head: encode(xml.slice(0, start)),
    unit: encode(`${xml.slice(start, end)}<w:p/>`),
    count: copies,
    tail: encode(xml.slice(end)),
  });
  return docxZip(parts, { [DOCUMENT]: entryFrom(DOCUMENT, pasted) });
}

/** "We respond to stage 2 complaints within 5 working days, 6 working days, ..., 30 working days, 5 ...". */
export function timescaleSentence(n: number): string {
  const durations = Array.from({ length: n }, (_, i) => `${5 + (i % 26)} working days`);
  return `We respond to stage 2 complaints within ${durations.join(', ')}.`;
}

/** The form (all Yes) with 6.14's commentary one sentence of `durations` durations, as a DOCX. */
export async function docxTimescale({ durations = 100_000 } = {}): Promise<Uint8Array> {
  const sentence = timescaleSentence(durations);
  return formDocx(yesRows().map((r) => (r[0] === '6.14' ? [r[0] ?? '', r[1] ?? '', 'Yes', r[3] ?? '', sentence] : r)));
}

// ---------------------------------------------------------------------------------------------------------------
// PDF.

export const PDF_FIXTURE = 'fixtures/pdf/council-2024-table.pdf';
export const pdfFixture = (): Uint8Array => new Uint8Array(readFileSync(join(repoRoot, PDF_FIXTURE)));

/**
 * (a) The real council form PDF (fixtures/pdf/council-2024-table.pdf, re-saved by pdf-lib) with a document
 * /Metadata stream (/Type /Metadata /Subtype /XML, FlateDecode) that inflates to `inflatedBytes` of zeros.
 */
export async function pdfMetadataBomb({ inflatedBytes = GiB } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdfFixture(), { updateMetadata: false });
  const zeros = zlibWrap(deflateRepeated({ unit: new Uint8Array(1), count: inflatedBytes }));
  const stream = doc.context.stream(zeros, { Type: 'Metadata', Subtype: 'XML', Filter: 'FlateDecode' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/**
 * (b) A "billion laughs" of Form XObjects: X0 draws a line of text, X1 draws X0 `fanout` times, ..., X(depth-1)
 * draws X(depth-2) `fanout` times, and the page draws X(depth-1): fanout^(depth-1) text draws (10^9) from ~3 KB.
 */
export async function pdfXObjectLaughs({ depth = 10, fanout = 10 } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  const box = [0, 0, 595, 842];
  let previous: PDFRef = doc.context.register(
    doc.context.stream('BT /F1 12 Tf 72 770 Td (Hostile Homes self-assessment: provision 1.2, Yes) Tj ET', {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: box,
      Resources: { Font: { F1: font.ref } },
    }),
  );
  for (let level = 1; level < depth; level++) {
    const content = Array.from({ length: fanout }, () => `/X${level - 1} Do`).join('\n');
    previous = doc.context.register(
      doc.context.stream(content, {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: box,
        Resources: { XObject: { [`X${level - 1}`]: previous } },
      }),
    );
  }
  page.node.setXObject(PDFName.of(`X${depth - 1}`), previous);
  page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(`/X${depth - 1} Do`)));
  return doc.save({ useObjectStreams: false });
}

/**
 * (c) One page with `ops` tiny text operations `BT /F1 1 Tf x y Td (a) Tj ET`, each its own text object at its
 * own place on a grid (so no reader can merge them into a few items), in one FlateDecode content stream.
 */
export async function pdfManyTextOps({ ops = 1_000_000 } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const columns = 1000;
  const rows = Math.ceil(ops / columns);
  const page = doc.addPage([columns * 2 + 20, rows * 2 + 20]);
  page.node.setFontDictionary(PDFName.of('F1'), font.ref);
  function* content(): Generator<string> {
    for (let r = 0; r < rows; r++) {
      const line: string[] = [];
      for (let c = 0; c < columns && r * columns + c < ops; c++)
        line.push(`BT /F1 1 Tf ${10 + c * 2} ${10 + r * 2} Td (a) Tj ET\n`);
      yield line.join('');
    }
  }
  const stream = doc.context.stream(zlibWrap(deflateChunks(content())), { Filter: 'FlateDecode' });
  page.node.set(PDFName.of('Contents'), doc.context.register(stream));
  return doc.save({ useObjectStreams: false });
}

/** The fixture's objects the corrupt variants aim at: the catalog, the page tree root, page 1 and its content. */
function fixtureObjects(pdf: string): {
  catalog: number;
  pages: number;
  page1: number;
  content1: number;
  font: number;
} {
  const catalog = trailerRef(pdf, 'Root');
  const pages = Number(/\/Pages\s+(\d+)\s+0\s+R/.exec(objectText(pdf, catalog))?.[1]);
  const page1 = Number(/\/Kids\s*\[\s*(\d+)\s+0\s+R/.exec(objectText(pdf, pages))?.[1]);
  const content1 = Number(/\/Contents\s+(\d+)\s+0\s+R/.exec(objectText(pdf, page1))?.[1]);
  const fontDict = Number(
    /\/Font\s+(\d+)\s+0\s+R/.exec(
      objectText(pdf, Number(/\/Resources\s+(\d+)\s+0\s+R/.exec(objectText(pdf, page1))?.[1])),
    )?.[1],
  );
  const font = Number(/\/F1\s+(\d+)\s+0\s+R/.exec(objectText(pdf, fontDict))?.[1]);
  for (const [k, v] of Object.entries({ catalog, pages, page1, content1, font }))
    if (!Number.isInteger(v)) throw new Error(`${PDF_FIXTURE}: cannot find the ${k} object`);
  return { catalog, pages, page1, content1, font };
}

/** (d) The fixture with its page tree root (/Type /Pages) cut out; the xref table rebuilt, that object free. */
export function pdfDeletedObject(): Promise<Uint8Array> {
  const pdf = latin1(pdfFixture());
  const { pages } = fixtureObjects(pdf);
  return Promise.resolve(fromLatin1(rebuildXref(replaceObject(pdf, pages, ''))));
}

/** (d) The fixture with the catalog's xref entry pointing at offset 9,999,999,999, far past the end of the file. */
export function pdfXrefOutOfRange(): Promise<Uint8Array> {
  const pdf = latin1(pdfFixture());
  return Promise.resolve(fromLatin1(setXrefOffset(pdf, fixtureObjects(pdf).catalog, 9_999_999_999)));
}

/**
 * (d) The fixture with numbers changed to 1e308: every MediaBox's width and height, the page 1 font's first
 * widths, and in page 1's content every font size (`Tf`) and text position (`Td`); the xref table rebuilt.
 */
export function pdfHugeNumbers(): Promise<Uint8Array> {
  let pdf = latin1(pdfFixture());
  const { content1, font } = fixtureObjects(pdf);
  pdf = pdf.replace(
    /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+[-\d.]+\s+[-\d.]+\s*\]/g,
    '/MediaBox[$1 $2 1e308 1e308]',
  );
  pdf = replaceObject(pdf, font, objectText(pdf, font).replace(/\/Widths\s*\[\s*(\d+)\s+(\d+)/, '/Widths[1e308 1e308'));
  pdf = editStream(pdf, content1, (c) =>
    c.replace(/[-\d.]+(\s+Tf)\b/g, '1e308$1').replace(/[-\d.]+\s+[-\d.]+(\s+Td)\b/g, '1e308 -1e308$1'),
  );
  return Promise.resolve(fromLatin1(rebuildXref(pdf)));
}

/**
 * (d) The fixture with numbers changed to -2147483649 (one below the smallest 32-bit integer): the page tree's
 * /Count, the page 1 font's /FirstChar, and in page 1's content every font size (`Tf`); the xref table rebuilt.
 */
export function pdfNegativeNumbers(): Promise<Uint8Array> {
  let pdf = latin1(pdfFixture());
  const { pages, content1, font } = fixtureObjects(pdf);
  pdf = replaceObject(pdf, pages, objectText(pdf, pages).replace(/\/Count\s+\d+/, '/Count -2147483649'));
  pdf = replaceObject(pdf, font, objectText(pdf, font).replace(/\/FirstChar\s+\d+/, '/FirstChar -2147483649'));
  pdf = editStream(pdf, content1, (c) => c.replace(/[-\d.]+(\s+Tf)\b/g, '-2147483649$1'));
  return Promise.resolve(fromLatin1(rebuildXref(pdf)));
}

// ---------------------------------------------------------------------------------------------------------------
// YAML.

const quote = (s: string): string => JSON.stringify(s);

/**
 * About 1,000 aliases: the form with every answer `*yes` and every evidence `*ev` (anchored once), then the
 * provision 6.14 mapping (anchored) referred to again until there are `aliases` aliases in all.
 */
export function yamlAliases({ aliases = 1000 } = {}): Promise<Uint8Array> {
  const rows = councilRows();
  const lines = ['code: "2024"', 'landlord: Alias Homes', 'provisions:'];
  let used = 0;
  rows.forEach((r, i) => {
    const first = i === 0;
    // The anchor on a line of its own: `- &p614 id: ...` would anchor the key, not the mapping.
    lines.push(
      ...(r.id === '6.14' ? ['  - &p614', `    id: ${quote(r.id)}`] : [`  - id: ${quote(r.id)}`]),
      `    comply: ${first ? '&yes "Yes"' : '*yes'}`,
      `    evidence: ${first ? '&ev "Complaints policy, section 4"' : '*ev'}`,
    );
    if (!first) used += 2;
  });
  for (; used < aliases; used++) lines.push('  - *p614');
  return Promise.resolve(new TextEncoder().encode(`${lines.join('\n')}\n`));
}

/**
 * Nested aliases ("billion laughs"): lol0 is a string, lol1 a list of `fanout` lol0 aliases, ..., and provision
 * 1.2's commentary is lol(levels): fanout^levels strings (10^9) from under 1 KB.
 */
export function yamlBillionLaughs({ levels = 9, fanout = 10 } = {}): Promise<Uint8Array> {
  const lines = ['code: "2024"', 'landlord: Laughing Homes', 'lol0: &lol0 "lol"'];
  for (let l = 1; l <= levels; l++)
    lines.push(`lol${l}: &lol${l} [${Array.from({ length: fanout }, () => `*lol${l - 1}`).join(', ')}]`);
  lines.push(
    'provisions:',
    '  - id: "1.2"',
    '    comply: "Yes"',
    '    evidence: "Complaints policy"',
    `    commentary: *lol${levels}`,
  );
  return Promise.resolve(new TextEncoder().encode(`${lines.join('\n')}\n`));
}

/**
 * A million-line assessment: the council's form, then its provisions again and again (five lines each) with
 * another provision's requirement text, an invalid answer, no evidence and a stage 2 window over the Code's,
 * so every row gives several findings (duplicate-provision, requirement-mismatch, invalid-answer,
 * timescale-breach), until the file has `lines` lines (~36 MB at a million).
 */
export function yamlMillionLines({ lines = 1_000_000 } = {}): Promise<Uint8Array> {
  const head = Buffer.from(formYamlText());
  const rows = councilRows();
  const blocks: Buffer[] = [head];
  let count = head.toString('latin1').split('\n').length - 1;
  for (let i = 0; count + 5 <= lines; i++, count += 5) {
    const r = rows[i % rows.length] as FormRow;
    const other = rows[(i + 7) % rows.length] as FormRow;
    // Every third row a real id (pasted again: duplicate-provision, requirement-mismatch), the others ids the
    // Code does not have (unknown-provision); each with its own invalid answer, so no two findings are the same.
    const id = i % 3 === 0 ? r.id : `${r.id}.${i}`;
    blocks.push(
      Buffer.from(
        `  - id: ${quote(id)}\n` +
          `    requirement: ${quote(other.requirement.slice(0, 60))}\n` +
          `    comply: "Maybe ${i}"\n` +
          '    evidence: ""\n' +
          '    commentary: "We respond to stage 2 complaints within 25 working days."\n',
      ),
    );
  }
  return Promise.resolve(new Uint8Array(Buffer.concat(blocks)));
}

/**
 * Terminal escapes in values (YAML double-quoted `\e` and `\a`): the landlord `Evil\e[2J\e]0;pwned\a Homes`
 * (clear the screen, set the window title), an answer `\e[32mYes\e[0m` (an invalid answer, so its message
 * quotes it), a commentary that moves the cursor, and an id that is not in the Code.
 */
export function yamlAnsi(): Promise<Uint8Array> {
  let text = formYamlText().replace(/^landlord: .*$/m, 'landlord: "Evil\\e[2J\\e]0;pwned\\a Homes"');
  text = withField(text, '1.3', 'comply', '"\\e[32mYes\\e[0m"');
  text = withField(text, '6.16', 'commentary', '"\\e[1A\\e[2K\\rAll clear \\e[8mhidden\\e[0m"');
  const link = '"\\e]8;;https://example.invalid\\e\\\\link\\e]8;;\\e\\\\"';
  text += `  - id: "\\e[31m9.99\\e[0m"\n    comply: "Yes"\n    evidence: ${link}\n`;
  return Promise.resolve(new TextEncoder().encode(text));
}

/** The council's form with 6.14's commentary one sentence of `durations` durations. */
export function yamlTimescale({ durations = 100_000 } = {}): Promise<Uint8Array> {
  const text = withField(formYamlText(), '6.14', 'commentary', quote(timescaleSentence(durations)));
  return Promise.resolve(new TextEncoder().encode(text));
}

/** The form's YAML text with the `field:` line of provision `id` set to `value` (YAML, already quoted). */
function withField(text: string, id: string, field: string, value: string): string {
  const re = new RegExp(String.raw`(- id: "${id.replace('.', String.raw`\.`)}"\n(?: {4}.*\n)*? {4}${field}: ).*$`, 'm');
  if (!re.test(text)) throw new Error(`${FORM_YAML} has no ${field} line for provision ${id}`);
  return text.replace(re, (_, lead: string) => lead + value);
}

// ---------------------------------------------------------------------------------------------------------------
// File-system traps.

/** A FIFO named form.yaml: opening it for reading waits for a writer forever. */
export function fifoForm(dir: string): string {
  execFileSync('mkfifo', [join(dir, 'form.yaml')]);
  return 'form.yaml';
}

/** zero.pdf, a symlink to /dev/zero: endless zeros. */
export function zeroPdf(dir: string): string {
  symlinkSync('/dev/zero', join(dir, 'zero.pdf'));
  return 'zero.pdf';
}

/** random.yaml, a symlink to /dev/urandom: endless noise. */
export function randomYaml(dir: string): string {
  symlinkSync('/dev/urandom', join(dir, 'random.yaml'));
  return 'random.yaml';
}

/** A folder root-link/ holding `root`, a symlink to /: following it walks the whole machine. */
export function rootLink(dir: string): string {
  mkdirSync(join(dir, 'root-link'));
  symlinkSync('/', join(dir, 'root-link', 'root'));
  return 'root-link';
}

/** A folder parent-link/ holding `up`, a symlink to `..`: following it leaves the folder scanned. */
export function parentLink(dir: string): string {
  mkdirSync(join(dir, 'parent-link'));
  symlinkSync('..', join(dir, 'parent-link', 'up'));
  return 'parent-link';
}

/** loop-a.yaml → loop-b.yaml → loop-a.yaml. */
export function symlinkLoop(dir: string): string {
  symlinkSync('loop-b.yaml', join(dir, 'loop-a.yaml'));
  symlinkSync('loop-a.yaml', join(dir, 'loop-b.yaml'));
  return 'loop-a.yaml';
}

export const TRAPS: readonly HostileTrap[] = [
  {
    name: 'fifo',
    what: 'a FIFO named form.yaml',
    outcome: { aborts: { failures: ['not-a-file'], message: NOT_A_FILE } },
    command: 'check',
    creates: ['form.yaml'],
    create: fifoForm,
  },
  {
    name: 'dev-zero',
    what: 'zero.pdf, a symlink to /dev/zero',
    outcome: { aborts: { failures: ['not-a-file'], message: NOT_A_FILE } },
    command: 'check',
    creates: ['zero.pdf'],
    create: zeroPdf,
  },
  {
    name: 'dev-urandom',
    what: 'random.yaml, a symlink to /dev/urandom',
    outcome: { aborts: { failures: ['not-a-file'], message: NOT_A_FILE } },
    command: 'check',
    creates: ['random.yaml'],
    create: randomYaml,
  },
  {
    name: 'root-link',
    what: 'a folder holding a symlink to /',
    outcome: { nothingToScan: true },
    command: 'scan',
    creates: ['root-link', 'root-link/root'],
    create: rootLink,
  },
  {
    name: 'parent-link',
    what: 'a folder holding a symlink to ..',
    outcome: { nothingToScan: true },
    command: 'scan',
    creates: ['parent-link', 'parent-link/up'],
    create: parentLink,
  },
  {
    name: 'symlink-loop',
    what: 'loop-a.yaml and loop-b.yaml, symlinks to each other',
    outcome: { aborts: { failures: ['not-a-file'], message: NOT_A_FILE } },
    command: 'check',
    creates: ['loop-a.yaml', 'loop-b.yaml'],
    create: symlinkLoop,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// The corpus.

/** `issue`: the sizes of issue #10; `test`: smaller where a behaving product would still spend time on the size. */
export type Scale = 'issue' | 'test';

export function hostileFiles(scale: Scale = 'issue'): HostileFile[] {
  const test = scale === 'test';
  return [
    {
      name: 'docx-method-mismatch.docx',
      ext: '.docx',
      what: 'document.xml stored in its local header, deflated in the central directory, inflating to 1 GiB',
      outcome: { unreadable: BOMB },
      bytes: () => docxMethodMismatch(),
    },
    {
      name: 'docx-overlap-nested.docx',
      ext: '.docx',
      what: "document.xml (declaring 64 KiB, inflating to 1 GiB) hidden inside a stored entry's data",
      outcome: { unreadable: BOMB },
      bytes: () => docxOverlapNested(),
    },
    {
      name: 'docx-overlap-shared.docx',
      ext: '.docx',
      what: '4,000 central directory entries sharing document.xml’s local data (224 MB declared in all)',
      outcome: { unreadable: BOMB },
      bytes: () => docxOverlapShared(),
    },
    {
      name: 'docx-honest-bomb.docx',
      ext: '.docx',
      what: 'document.xml honestly declaring and inflating to 1 GiB',
      outcome: { unreadable: BOMB },
      bytes: () => docxHonestBomb(),
    },
    {
      name: 'docx-lying-sizes.docx',
      ext: '.docx',
      what: 'document.xml declaring 64 KiB in both headers, inflating to 1 GiB',
      outcome: { unreadable: BOMB },
      bytes: () => docxLyingSizes(),
    },
    {
      name: 'docx-honest-big.docx',
      ext: '.docx',
      what: `a real form with row 6.14 pasted until document.xml is ${test ? '40' : '190'} MB (honest sizes)`,
      outcome: { readable: [0, 1], unreadable: BIG },
      bytes: () => docxHonestBig({ xmlBytes: test ? 40_000_000 : 190_000_000 }),
    },
    {
      name: 'docx-trailing-nodes.docx',
      ext: '.docx',
      what: '330,000 paragraphs after the root element of document.xml (4 MB)',
      outcome: { readable: [0, 1], unreadable: ['corrupt'] },
      bytes: () => docxTrailingNodes(),
    },
    {
      name: 'docx-pasted-table.docx',
      ext: '.docx',
      what: `the 72-row form table pasted ${test ? 20 : 500} times`,
      outcome: { readable: [0, 1] },
      bytes: () => docxPastedTable({ copies: test ? 20 : 500 }),
    },
    {
      name: 'docx-timescale.docx',
      ext: '.docx',
      what: 'a commentary of one sentence with 100,000 durations',
      outcome: { readable: [0, 1] },
      bytes: () => docxTimescale(),
    },
    {
      name: 'pdf-metadata-bomb.pdf',
      ext: '.pdf',
      what: `the council form PDF with a /Metadata stream of ${test ? '256 MiB' : '1 GiB'} of zeros`,
      outcome: { readable: [0, 1], unreadable: BIG },
      bytes: () => pdfMetadataBomb({ inflatedBytes: test ? 256 * MiB : GiB }),
    },
    {
      name: 'pdf-xobject-laughs.pdf',
      ext: '.pdf',
      what: 'Form XObjects X0..X9, each drawing the one below ten times: 10^9 text draws',
      outcome: { unreadable: ['timeout', 'too-large', 'corrupt', 'not-a-form'] },
      bytes: () => pdfXObjectLaughs(),
    },
    {
      name: 'pdf-many-text-ops.pdf',
      ext: '.pdf',
      what: `one page of ${test ? '200,000' : '1,000,000'} separate (a) Tj text objects`,
      outcome: { unreadable: ['not-a-form', 'too-large', 'timeout'] },
      bytes: () => pdfManyTextOps({ ops: test ? 200_000 : 1_000_000 }),
    },
    {
      name: 'pdf-deleted-object.pdf',
      ext: '.pdf',
      what: 'the council form PDF with its page tree root cut out',
      outcome: { readable: [0, 1], unreadable: DAMAGED },
      bytes: () => pdfDeletedObject(),
    },
    {
      name: 'pdf-xref-out-of-range.pdf',
      ext: '.pdf',
      what: "the council form PDF with the catalog's xref offset past the end of the file",
      outcome: { readable: [0, 1], unreadable: DAMAGED },
      bytes: () => pdfXrefOutOfRange(),
    },
    {
      name: 'pdf-huge-numbers.pdf',
      ext: '.pdf',
      what: 'the council form PDF with page sizes, widths, font sizes and positions 1e308',
      outcome: { readable: [0, 1], unreadable: DAMAGED },
      bytes: () => pdfHugeNumbers(),
    },
    {
      name: 'pdf-negative-numbers.pdf',
      ext: '.pdf',
      what: 'the council form PDF with /Count, /FirstChar and font sizes -2147483649',
      outcome: { readable: [0, 1], unreadable: DAMAGED },
      bytes: () => pdfNegativeNumbers(),
    },
    {
      name: 'yaml-aliases.yaml',
      ext: '.yaml',
      what: '1,000 aliases of anchored answers, evidence and a whole provision',
      // Read (1,000 small aliases expand to little), or refused as an alias bomb like any invalid YAML.
      outcome: { readable: [0, 1], aborts: { failures: ['invalid-yaml'], message: /alias/i } },
      bytes: () => yamlAliases(),
    },
    {
      name: 'yaml-billion-laughs.yaml',
      ext: '.yaml',
      what: 'nine levels of ten nested aliases: 10^9 strings',
      outcome: { aborts: { failures: ['invalid-yaml'], message: /alias|resource|expan/i } },
      bytes: () => yamlBillionLaughs(),
    },
    {
      name: 'yaml-million-lines.yaml',
      ext: '.yaml',
      what: `${test ? '20,000' : '1,000,000'} lines of provisions, each with several findings`,
      outcome: { readable: [1], unreadable: ['too-large'] },
      bytes: () => yamlMillionLines({ lines: test ? 20_000 : 1_000_000 }),
    },
    {
      name: 'yaml-ansi.yaml',
      ext: '.yaml',
      what: 'terminal escapes in the landlord, an answer, a commentary and an id',
      outcome: { readable: [1] },
      bytes: () => yamlAnsi(),
    },
    {
      name: 'yaml-timescale.yaml',
      ext: '.yaml',
      what: 'a commentary of one sentence with 100,000 durations',
      outcome: { readable: [0, 1] },
      bytes: () => yamlTimescale(),
    },
  ];
}
