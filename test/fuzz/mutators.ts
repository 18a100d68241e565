/**
 * Deterministic mutants of the repository's real fixtures (fixtures/docx, fixtures/pdf, fixtures/forms):
 * generic byte damage for every format, and format-aware damage: the XML of a DOCX's parts (re-zipped) and
 * its zip structures, a PDF's objects, numbers and cross-reference table, a YAML form's lines and scalars.
 * `makeMutant(sources, seed, n)` depends on (seed, n) only, so the same seed always gives the same mutants.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { concat } from '../hostile/bytes.js';
import { Rng } from './prng.js';

export type Ext = 'docx' | 'pdf' | 'yaml';
export const EXTS: readonly Ext[] = ['docx', 'pdf', 'yaml'];

export interface Source {
  /** The fixture's file name without its extension, e.g. `messy-2024`. */
  name: string;
  ext: Ext;
  /** Repo-relative path. */
  path: string;
  bytes: Uint8Array;
}

export interface Mutant {
  seed: number;
  n: number;
  source: string;
  /** The fixture's repo-relative path. */
  sourcePath: string;
  ext: Ext;
  /** The mutations applied, in order, e.g. `xml-delete-element(w:tc)`. */
  ops: string[];
  bytes: Uint8Array;
  /** Made with makeMutant's `light` (capped sizes). */
  light: boolean;
  /** `<source>-<seed>-<n>.<ext>`. */
  name: string;
}

const FIXTURE_DIRS: Record<Ext, string> = { docx: 'fixtures/docx', pdf: 'fixtures/pdf', yaml: 'fixtures/forms' };

/** The fixtures of the given formats, in a fixed order (format, then file name). */
export function loadSources(root: string, exts: readonly Ext[] = EXTS): Source[] {
  const sources: Source[] = [];
  for (const ext of exts) {
    const dir = FIXTURE_DIRS[ext];
    for (const file of readdirSync(join(root, dir))
      .filter((f) => f.endsWith(`.${ext}`))
      .sort()) {
      const path = `${dir}/${file}`;
      sources.push({
        name: file.slice(0, -ext.length - 1),
        ext,
        path,
        bytes: new Uint8Array(readFileSync(join(root, path))),
      });
    }
  }
  if (sources.length === 0) throw new Error(`no fixtures of ${exts.join(', ')} under ${root}`);
  return sources;
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

const latin1 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
const fromLatin1 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const utf8 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
const fromUtf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));

const splice = (s: string, start: number, end: number, insert = ''): string =>
  s.slice(0, start) + insert + s.slice(end);

/** Every match of a global regex: index, length and groups. */
function matches(s: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (let m = g.exec(s); m !== null; m = g.exec(s)) {
    out.push(m);
    if (m[0] === '') g.lastIndex++;
  }
  return out;
}

/** Characters that upset parsers and terminals: bidi overrides, zero-width, BOM, NUL, escapes, a lone surrogate. */
const ODD_UNICODE = [
  '\u202e',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u001b]0;title\u0007',
  '\ud800',
  '\u2028',
  '\u2029',
  '\u0085',
  'e\u0301',
  '\u{1F469}\u200d\u{1F469}\u200d\u{1F467}',
  '\uffff',
  '\u00a0',
  '\ufdfd',
  '\u0130',
  '\r',
  '\t',
];
/** Words the readers look for, so a mutation can also move answers and ids around. */
const FORM_WORDS = ['Yes', 'No', 'Partial', 'N/A', 'Comply', '6.14', '1.1', 'stage 2', '25 working days', 'Evidence'];

function randomText(r: Rng, extra: readonly string[] = []): string {
  const pieces: string[] = [];
  const n = r.size(40);
  for (let i = 0; i < n; i++) {
    const kind = r.int(10);
    if (kind < 5) pieces.push(String.fromCharCode(r.range(0x20, 0x7e)));
    else if (kind < 7) pieces.push(r.pick(ODD_UNICODE));
    else if (kind < 8) pieces.push(` ${r.pick(FORM_WORDS)} `);
    else if (extra.length > 0) pieces.push(r.pick(extra));
    else pieces.push(String.fromCodePoint(r.range(0x80, 0x2fff)));
  }
  return pieces.join('');
}

// ---------------------------------------------------------------------------------------------------------
// Generic byte mutations

type ByteOp = (b: Uint8Array, r: Rng) => Uint8Array;

const INTERESTING_BYTES = [0x00, 0xff, 0x7f, 0x80, 0x0a, 0x0d, 0x20, 0x3c, 0x3e, 0x25, 0x2f, 0x50, 0x4b];

export const BYTE_OPS: Record<string, ByteOp> = {
  'bit-flip': (b, r) => {
    const out = b.slice();
    for (let k = r.range(1, 8); k > 0; k--) {
      const i = r.int(out.length);
      out[i] = (out[i] ?? 0) ^ (1 << r.int(8));
    }
    return out;
  },
  'byte-flip': (b, r) => {
    const out = b.slice();
    for (let k = r.range(1, 8); k > 0; k--)
      out[r.int(out.length)] = r.chance(0.5) ? r.int(256) : r.pick(INTERESTING_BYTES);
    return out;
  },
  truncate: (b, r) => b.slice(0, r.int(b.length)),
  'chunk-duplicate': (b, r) => {
    const len = r.size(Math.min(b.length, 8192));
    const from = r.int(b.length - len + 1);
    const at = r.int(b.length + 1);
    const copies = r.chance(0.1) ? r.range(2, 64) : 1;
    const chunk = b.subarray(from, from + len);
    return concat([b.subarray(0, at), ...Array.from({ length: copies }, () => chunk), b.subarray(at)]);
  },
  'chunk-delete': (b, r) => {
    const len = r.size(Math.min(b.length, 8192));
    const from = r.int(b.length - len + 1);
    return concat([b.subarray(0, from), b.subarray(from + len)]);
  },
};
const BYTE_OP_NAMES = Object.keys(BYTE_OPS);

// ---------------------------------------------------------------------------------------------------------
// DOCX: the XML of its parts

const XML_TAGS = ['w:p', 'w:r', 'w:t', 'w:tbl', 'w:tr', 'w:tc', 'w:tcPr', 'w:pPr', 'w:rPr', 'w:tblGrid', 'w:body'];
const XML_SPECIAL = ['&', '<', '>', '&amp;', '&lt;', '&#0;', '&#x1F;', '&#xD800;', '&nosuch;', ']]>', '<![CDATA[', '"'];
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The end (exclusive) of the element whose start tag begins at `start`, counting nested elements of its name. */
function elementEnd(xml: string, start: number, tag: string): number | undefined {
  const gt = xml.indexOf('>', start);
  if (gt < 0) return undefined;
  if (xml[gt - 1] === '/') return gt + 1;
  const re = new RegExp(`<(/?)${escapeRe(tag)}(?=[\\s/>])[^>]*>`, 'g');
  re.lastIndex = gt + 1;
  let depth = 1;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    if (m[1] === '/') depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return undefined;
}

/** A random element of one of XML_TAGS: [tag, start, end]. */
function pickElement(xml: string, r: Rng): [string, number, number] | undefined {
  const tags = XML_TAGS.filter((t) => xml.includes(`<${t}`));
  for (let attempt = 0; attempt < 4 && tags.length > 0; attempt++) {
    const tag = r.pick(tags);
    const starts = matches(xml, new RegExp(`<${escapeRe(tag)}(?=[\\s/>])`));
    if (starts.length === 0) continue;
    const start = r.pick(starts).index;
    const end = elementEnd(xml, start, tag);
    if (end !== undefined) return [tag, start, end];
  }
  return undefined;
}

/** The index of a random `<` (a tag's start), or of any position when there is none. */
function pickTagStart(xml: string, r: Rng, closing?: boolean): number | undefined {
  const re = closing === undefined ? /</ : closing ? /<\// : /<(?=[A-Za-z])/;
  const all = matches(xml, re);
  return all.length === 0 ? undefined : r.pick(all).index;
}

type TextOp = (s: string, r: Rng) => [detail: string, out: string] | undefined;

export const XML_OPS: Record<string, TextOp> = {
  'xml-delete-element': (xml, r) => {
    const el = pickElement(xml, r);
    return el && [el[0], splice(xml, el[1], el[2])];
  },
  'xml-duplicate-element': (xml, r) => {
    const el = pickElement(xml, r);
    if (!el) return undefined;
    // Many copies of a small element (table rows, runs), never more than about 4 MB of XML in all.
    const len = el[2] - el[1];
    const copies = Math.max(
      1,
      Math.min(r.scale(r.chance(0.15) ? r.range(10, 400) : r.range(1, 3), 3), Math.floor(4e6 / len)),
    );
    return [`${el[0]}x${copies}`, splice(xml, el[2], el[2], xml.slice(el[1], el[2]).repeat(copies))];
  },
  'xml-break-tag': (xml, r) => {
    const at = pickTagStart(xml, r);
    if (at === undefined) return undefined;
    const gt = xml.indexOf('>', at);
    const variant = r.int(4);
    if (variant === 0 && gt > 0) return ['no >', splice(xml, gt, gt + 1)];
    if (variant === 1) return ['extra <', splice(xml, at + 1, at + 1, '<')];
    if (variant === 2 && gt > 0) return ['cut', splice(xml, at + 1 + r.int(gt - at), gt + 1)];
    return ['garbled name', splice(xml, at + 1, at + 1 + r.range(1, 4), randomText(r, XML_SPECIAL))];
  },
  'xml-unbalanced': (xml, r) => {
    const at = pickTagStart(xml, r) ?? r.int(xml.length);
    const insert = r.pick([
      '<w:p>',
      '<w:tbl><w:tr><w:tc>',
      '</w:tc>',
      '</w:tr></w:tbl>',
      '<w:t>',
      '</w:body>',
      '<w:r><w:t>',
      '</w:document>',
      '<w:tc><w:p><w:r><w:t>Yes',
    ]);
    return [insert, splice(xml, at, at, insert)];
  },
  'xml-huge-attribute': (xml, r) => {
    const at = pickTagStart(xml, r, false);
    if (at === undefined) return undefined;
    const nameEnd = xml.slice(at).search(/[\s/>]/);
    if (nameEnd < 0) return undefined;
    const pos = at + nameEnd;
    if (r.chance(0.3)) {
      const count = r.scale(r.pick([1000, 20_000, 200_000]), 1000);
      const attrs = Array.from({ length: count }, (_, i) => ` a${i}=""`).join('');
      return [`${count} attributes`, splice(xml, pos, pos, attrs)];
    }
    const len = r.scale(r.pick([10_000, 100_000, 1_000_000, 8_000_000]), 10_000);
    const unit = r.chance(0.5) ? 'A' : randomText(r).replace(/["&<]/g, '') || 'A';
    return [`${len} chars`, splice(xml, pos, pos, ` w:val="${unit.repeat(Math.ceil(len / unit.length))}"`)];
  },
  'xml-random-text': (xml, r) => {
    const inText = matches(xml, /<w:t(?:\s[^>]*)?>/);
    const text = randomText(r, XML_SPECIAL);
    if (inText.length > 0 && r.chance(0.7)) {
      const m = r.pick(inText);
      const pos = m.index + m[0].length;
      return ['in w:t', splice(xml, pos, pos, text)];
    }
    const pos = r.int(xml.length + 1);
    return ['anywhere', splice(xml, pos, pos, text)];
  },
  'xml-remove-closing': (xml, r) => {
    const closers = matches(xml, /<\/[^>]+>/);
    if (closers.length === 0) return undefined;
    const k = r.chance(0.2) ? r.range(2, 50) : 1;
    let out = xml;
    const chosen = new Set<number>();
    for (let i = 0; i < k; i++) chosen.add(r.int(closers.length));
    // Remove from the end so earlier indices stay valid.
    for (const i of [...chosen].sort((a, b) => b - a)) {
      const m = closers[i] as RegExpExecArray;
      out = splice(out, m.index, m.index + m[0].length);
    }
    return [`${chosen.size}`, out];
  },
  'xml-deep-nesting': (xml, r) => {
    const depth = r.scale(r.pick([500, 5_000, 50_000]), 500);
    const [open, close] = r.pick([
      ['<w:tbl><w:tr><w:tc>', '<w:p/></w:tc></w:tr></w:tbl>'],
      ['<w:r>', '</w:r>'],
      ['<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>'],
    ] as const);
    const body = xml.search(/<w:body[^>]*>/);
    const pos = body < 0 ? r.int(xml.length + 1) : xml.indexOf('>', body) + 1;
    return [`${depth}`, splice(xml, pos, pos, open.repeat(depth) + close.repeat(depth))];
  },
  'xml-entities': (xml, r) => {
    // Billion laughs: ten levels of ten references each, used in a text run.
    const levels = r.scale(r.range(3, 10), 4);
    const defs = ['<!ENTITY l0 "lol">'];
    for (let i = 1; i < levels; i++) defs.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
    const doctype = `<!DOCTYPE w:document [${defs.join('')}]>`;
    const decl = /^<\?xml[^>]*\?>\s*/.exec(xml);
    const head = decl ? decl[0].length : 0;
    let out = splice(xml, head, head, doctype);
    const t = out.indexOf('<w:t>');
    if (t >= 0) out = splice(out, t + 5, t + 5, `&l${levels - 1};`);
    return [`${levels} levels`, out];
  },
  'xml-namespace': (xml, r) => {
    const ns = matches(xml, /xmlns:w="[^"]*"/);
    if (ns.length === 0) return undefined;
    const m = r.pick(ns);
    const by = r.pick(['', 'xmlns:w=""', 'xmlns:w="urn:nothing"', 'xmlns:x="http://schemas.openxmlformats.org/"']);
    return [by || 'removed', splice(xml, m.index, m.index + m[0].length, by)];
  },
  'xml-truncate': (xml, r) => ['', xml.slice(0, r.int(xml.length))],
};
const XML_OP_NAMES = Object.keys(XML_OPS);

// ---------------------------------------------------------------------------------------------------------
// DOCX: the zip itself

const FIXED_MTIME = new Date('2024-01-01T00:00:00Z');

interface CdEntry {
  /** Offset of the central directory header. */
  at: number;
  name: string;
  localOffset: number;
  compressedSize: number;
}

function eocdOffset(b: Uint8Array): number | undefined {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--)
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  return undefined;
}

function centralDirectory(
  b: Uint8Array,
): { eocd: number; start: number; size: number; entries: CdEntry[] } | undefined {
  const eocd = eocdOffset(b);
  if (eocd === undefined) return undefined;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const size = view.getUint32(eocd + 12, true);
  const start = view.getUint32(eocd + 16, true);
  if (start + size > eocd) return undefined;
  const entries: CdEntry[] = [];
  for (let at = start; at + 46 <= start + size && view.getUint32(at, true) === 0x02014b50;) {
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    entries.push({
      at,
      name: Buffer.from(b.subarray(at + 46, at + 46 + nameLen)).toString('latin1'),
      localOffset: view.getUint32(at + 42, true),
      compressedSize: view.getUint32(at + 20, true),
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return { eocd, start, size, entries };
}

/** 64 MiB of zeros, and each source's zip with it added (deflating it takes most of a second). */
let bombEntry: Uint8Array | undefined;
const bombZips = new WeakMap<Uint8Array, Map<string, Uint8Array>>();

type ZipOp = (b: Uint8Array, r: Rng) => [detail: string, out: Uint8Array] | undefined;

const ZIP_LEVEL_OPS: Record<string, ZipOp> = {
  'zip-cd-flip': (b, r) => {
    const cd = centralDirectory(b);
    if (!cd || cd.size === 0) return undefined;
    const out = b.slice();
    const k = r.range(1, 3);
    for (let i = 0; i < k; i++) {
      const at = cd.start + r.int(cd.size);
      out[at] = (out[at] ?? 0) ^ (r.chance(0.5) ? 1 << r.int(8) : 0xff);
    }
    return [`${k}`, out];
  },
  'zip-cd-sizes': (b, r) => {
    const cd = centralDirectory(b);
    const entry = cd && cd.entries.length > 0 ? r.pick(cd.entries) : undefined;
    if (!entry) return undefined;
    const out = b.slice();
    const view = new DataView(out.buffer);
    const field = r.pick([20, 24] as const); // compressed, uncompressed size
    const value = r.pick([0, 1, 0x7fffffff, 0xffffffff, 100]);
    view.setUint32(entry.at + field, value, true);
    return [`${entry.name} ${field === 20 ? 'compressed' : 'uncompressed'}=${value}`, out];
  },
  'zip-method': (b, r) => {
    const cd = centralDirectory(b);
    const entry = cd && cd.entries.length > 0 ? r.pick(cd.entries) : undefined;
    if (!entry) return undefined;
    const out = b.slice();
    const view = new DataView(out.buffer);
    const method = r.pick([0, 8, 12, 14, 99]);
    view.setUint16(entry.at + 10, method, true);
    if (r.chance(0.5) && entry.localOffset + 30 <= out.length) view.setUint16(entry.localOffset + 8, method, true);
    return [`${entry.name} method=${method}`, out];
  },
  'zip-eocd': (b, r) => {
    const eocd = eocdOffset(b);
    if (eocd === undefined) return undefined;
    const out = b.slice();
    const view = new DataView(out.buffer);
    const field = r.pick([8, 10, 12, 16] as const); // entries here, entries total, cd size, cd offset
    const value = field < 12 ? r.pick([0, 1, 0xffff]) : r.pick([0, 1, 0xffffffff, b.length, b.length * 2]);
    if (field < 12) view.setUint16(eocd + field, value, true);
    else view.setUint32(eocd + field, value, true);
    return [`+${field}=${value}`, out];
  },
  'zip-local-header': (b, r) => {
    // The streaming pass reads the local headers, mammoth the central directory: make them disagree.
    const cd = centralDirectory(b);
    const entry = cd && cd.entries.length > 0 ? r.pick(cd.entries) : undefined;
    if (!entry || entry.localOffset + 30 > b.length) return undefined;
    const out = b.slice();
    const view = new DataView(out.buffer);
    const at = entry.localOffset;
    const field = r.pick(['flags', 'data descriptor', 'compressed', 'uncompressed', 'name length', 'extra length']);
    if (field === 'flags') view.setUint16(at + 6, r.int(0x10000), true);
    else if (field === 'data descriptor') {
      view.setUint16(at + 6, view.getUint16(at + 6, true) | 8, true);
      view.setUint32(at + 18, 0, true);
      view.setUint32(at + 22, 0, true);
    } else if (field === 'compressed' || field === 'uncompressed')
      view.setUint32(at + (field === 'compressed' ? 18 : 22), r.pick([0, 1, 0xffffffff, r.int(1 << 20)]), true);
    else view.setUint16(at + (field === 'name length' ? 26 : 28), r.pick([0, 0xffff, r.int(256)]), true);
    return [`${entry.name} ${field}`, out];
  },
  'zip-data-flip': (b, r) => {
    // Damage the deflated data of one entry, document.xml most often.
    const cd = centralDirectory(b);
    if (!cd || cd.entries.length === 0) return undefined;
    const doc = cd.entries.find((e) => e.name === 'word/document.xml');
    const entry = doc && r.chance(0.6) ? doc : r.pick(cd.entries);
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    if (entry.localOffset + 30 > b.length) return undefined;
    const data =
      entry.localOffset +
      30 +
      view.getUint16(entry.localOffset + 26, true) +
      view.getUint16(entry.localOffset + 28, true);
    if (entry.compressedSize === 0 || data + entry.compressedSize > b.length) return undefined;
    const out = b.slice();
    const k = r.range(1, 4);
    for (let i = 0; i < k; i++) {
      const at = data + r.int(entry.compressedSize);
      out[at] = r.chance(0.5) ? (out[at] ?? 0) ^ (1 << r.int(8)) : r.int(256);
    }
    return [`${entry.name} x${k}`, out];
  },
};

/** Rebuild the zip with one part replaced (or added), deterministically (fixed mtime). */
function rezip(files: Record<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { mtime: FIXED_MTIME }];
  return zipSync(zippable, { level: 6, mtime: FIXED_MTIME });
}

function docxPartOps(b: Uint8Array, r: Rng, count: number): [string[], Uint8Array] | undefined {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(b);
  } catch {
    return undefined;
  }
  const names = Object.keys(files);
  if (names.length === 0) return undefined;
  const ops: string[] = [];
  if (r.chance(0.05) && !r.light) {
    // A zip bomb: a part of 64 MiB of zeros (about 64 KiB deflated), added or in place of the document.
    const part = r.pick(['word/media/image9.png', 'word/document.xml']);
    const cache = bombZips.get(b) ?? new Map<string, Uint8Array>();
    bombZips.set(b, cache);
    let zip = cache.get(part);
    if (!zip) {
      bombEntry ??= new Uint8Array(64 * 2 ** 20);
      files[part] = bombEntry;
      zip = rezip(files);
      cache.set(part, zip);
    }
    return [[`zip-bomb-entry(${part})`], zip];
  }
  if (r.chance(0.02) && !r.light && files['word/document.xml']) {
    // A genuinely huge document within the zip guard's limits (200 MiB expanded, ratio under 1000): table
    // rows repeated with a counter, so the deflated part stays small but every row differs.
    const target = r.pick([16, 48, 120]) * 2 ** 20;
    const key = `large-${target}`;
    const cache = bombZips.get(b) ?? new Map<string, Uint8Array>();
    bombZips.set(b, cache);
    let zip = cache.get(key);
    if (!zip) {
      const xml = utf8(files['word/document.xml']);
      const tr = /<w:tr[\s>][\s\S]*?<\/w:tr>/.exec(xml);
      const row = tr ? tr[0] : '<w:p><w:r><w:t>row</w:t></w:r></w:p>';
      const at = tr ? tr.index + row.length : xml.indexOf('</w:body>');
      const copies: string[] = [];
      for (let i = 0, size = 0; size < target; i++) {
        const copy = row.replace(/<w:t>([^<]*)<\/w:t>/, `<w:t>$1 ${i}</w:t>`);
        copies.push(copy);
        size += copy.length;
      }
      files['word/document.xml'] = fromUtf8(xml.slice(0, at) + copies.join('') + xml.slice(at));
      zip = rezip(files);
      cache.set(key, zip);
    }
    return [[`zip-large-document(${target / 2 ** 20} MiB)`], zip];
  }
  for (let i = 0; i < count; i++) {
    const part =
      'word/document.xml' in files && r.chance(0.85)
        ? 'word/document.xml'
        : r.pick(
            names
              .filter((n) => /\.(xml|rels)$/.test(n))
              .concat(['word/document.xml'])
              .filter((n) => n in files),
          );
    const data = files[part];
    if (!data) continue;
    const name = r.pick(XML_OP_NAMES);
    const result = (XML_OPS[name] as TextOp)(utf8(data), r);
    if (!result) continue;
    files[part] = fromUtf8(result[1]);
    const detail = [part === 'word/document.xml' ? '' : part, result[0]].filter(Boolean).join(' ');
    ops.push(detail ? `${name}(${detail})` : name);
  }
  return ops.length === 0 ? undefined : [ops, rezip(files)];
}

// ---------------------------------------------------------------------------------------------------------
// PDF (as latin1 text, so binary streams survive)

/** [start, end) of every stream's data. */
function streamRanges(pdf: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of matches(pdf, /\bstream\r?\n/)) {
    const start = m.index + m[0].length;
    const end = pdf.indexOf('endstream', start);
    if (end < 0) break;
    out.push([start, end]);
  }
  return out;
}

const inRanges = (i: number, ranges: [number, number][]): boolean => ranges.some(([s, e]) => i >= s && i < e);

/** [start, end) of every `N G obj ... endobj`. */
function objects(pdf: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of matches(pdf, /(?<![\d.])\d+\s+\d+\s+obj\b/)) {
    const end = pdf.indexOf('endobj', m.index);
    if (end >= 0) out.push([m.index, end + 'endobj'.length]);
  }
  return out;
}

const HOSTILE_NUMBERS = [
  '1e308',
  '-2147483649',
  '0',
  'NaN',
  '-1',
  '2147483648',
  '4294967296',
  '99999999999999999999999',
  '1.7976931348623157e309',
  '-0',
  '0.0000000001',
  'Infinity',
];

export const PDF_OPS: Record<string, TextOp> = {
  'pdf-delete-object': (pdf, r) => {
    const objs = objects(pdf);
    if (objs.length === 0) return undefined;
    const [s, e] = r.pick(objs);
    return [/^\d+/.exec(pdf.slice(s))?.[0] ?? '', splice(pdf, s, e)];
  },
  'pdf-duplicate-object': (pdf, r) => {
    const objs = objects(pdf);
    if (objs.length === 0) return undefined;
    const [s, e] = r.pick(objs);
    const [, at] = r.pick(objs);
    const copies = r.scale(r.chance(0.1) ? r.range(10, 200) : 1, 10);
    return [
      `${/^\d+/.exec(pdf.slice(s))?.[0] ?? ''}x${copies}`,
      splice(pdf, at, at, `\n${pdf.slice(s, e)}`.repeat(copies)),
    ];
  },
  'pdf-number': (pdf, r) => {
    const streams = streamRanges(pdf);
    const nums = matches(pdf, /(?<![\w.#])-?\d+(?:\.\d+)?(?![\w.])/).filter((m) => !inRanges(m.index, streams));
    if (nums.length === 0) return undefined;
    const k = r.range(1, 4);
    const chosen = [...new Set(Array.from({ length: k }, () => r.int(nums.length)))].sort((a, b) => b - a);
    let out = pdf;
    const by: string[] = [];
    for (const i of chosen) {
      const m = nums[i] as RegExpExecArray;
      const v = r.pick(HOSTILE_NUMBERS);
      by.push(`${m[0]}->${v}`);
      out = splice(out, m.index, m.index + m[0].length, v);
    }
    return [by.join(','), out];
  },
  'pdf-key-number': (pdf, r) => {
    const streams = streamRanges(pdf);
    const keys = matches(
      pdf,
      /\/(Length|Count|Size|W|Index|Prev|First|N|Rotate|MediaBox|CropBox|Columns|Predictor|BitsPerComponent|Width|Height|FontMatrix|Widths)\s*\[?\s*(-?\d+(?:\.\d+)?)/,
    ).filter((m) => !inRanges(m.index, streams));
    if (keys.length === 0) return undefined;
    const m = r.pick(keys);
    const num = m[2] ?? '';
    const at = m.index + m[0].length - num.length;
    const v = r.pick(HOSTILE_NUMBERS);
    return [`/${m[1]} ${num}->${v}`, splice(pdf, at, at + num.length, v)];
  },
  'pdf-xref-offset': (pdf, r) => {
    const entries = matches(pdf, /(\d{10}) (\d{5}) n/);
    if (entries.length === 0) return undefined;
    // Several entries at once: pdf.js rebuilds a table it cannot trust, but not every lazy fetch recovers.
    const k = r.weighted([
      [1, 3],
      [r.range(2, 4), 4],
      [r.range(5, 12), 2],
    ] as const);
    let out = pdf;
    const by: string[] = [];
    for (let i = 0; i < k; i++) {
      const index = r.int(entries.length);
      const m = entries[index] as RegExpExecArray;
      const other = (r.pick(entries)[1] ?? '0').replace(/^0+(?=\d)/, '');
      const v = r.pick([
        String(pdf.length + r.int(1_000_000)),
        '9999999999',
        '0',
        String(pdf.length - 1),
        String(r.int(pdf.length)),
        other,
        String(Number(m[1]) + r.range(-20, 20)),
      ]);
      by.push(`${index}=${v}`);
      out = splice(out, m.index, m.index + 10, v.replace('-', '').padStart(10, '0').slice(-10));
    }
    return [by.join(','), out];
  },
  'pdf-xref-truncate': (pdf, r) => {
    const xref = pdf.lastIndexOf('\nxref');
    const trailer = pdf.indexOf('trailer', xref);
    if (xref < 0 || trailer < 0) return undefined;
    const variant = r.int(3);
    if (variant === 0) return ['cut file', pdf.slice(0, xref + r.int(trailer - xref))];
    if (variant === 1) {
      const entries = matches(pdf.slice(xref, trailer), /\d{10} \d{5} [nf]\s*\n/);
      if (entries.length === 0) return undefined;
      const from = (entries[r.int(entries.length)] as RegExpExecArray).index + xref;
      return ['drop entries', splice(pdf, from, trailer)];
    }
    const header = /\n(\d+) (\d+)\s*\n/.exec(pdf.slice(xref + 1, trailer));
    if (!header) return undefined;
    const at = xref + 1 + header.index;
    const v = r.pick(['0 0', '0 2000000000', '5 3', '0 -1', '1e308 2']);
    return [`header ${v}`, splice(pdf, at, at + header[0].length, `\n${v}\n`)];
  },
  'pdf-startxref': (pdf, r) => {
    const m = /startxref\s+(\d+)/.exec(pdf.slice(pdf.lastIndexOf('startxref')));
    if (!m) return undefined;
    const at = pdf.lastIndexOf('startxref') + m[0].length - (m[1] ?? '').length;
    const v = r.pick(['0', String(pdf.length + 100), '-1', '1e308', String(r.int(pdf.length)), 'NaN']);
    return [v, splice(pdf, at, at + (m[1] ?? '').length, v)];
  },
  'pdf-ref': (pdf, r) => {
    const streams = streamRanges(pdf);
    const refs = matches(pdf, /(?<![\d.])(\d+) (\d+) R\b/).filter((m) => !inRanges(m.index, streams));
    if (refs.length === 0) return undefined;
    const m = r.pick(refs);
    const objs = objects(pdf);
    const own = objs.find(([s, e]) => m.index >= s && m.index < e);
    const ownNumber = own ? (/^\d+/.exec(pdf.slice(own[0]))?.[0] ?? '1') : '1';
    const v = r.pick([`${ownNumber} 0 R`, '999999 0 R', '0 0 R', '-1 0 R', '1 0 R', 'null', '2147483648 0 R']);
    return [`${m[0]}->${v}`, splice(pdf, m.index, m.index + m[0].length, v)];
  },
  'pdf-stream-data': (pdf, r) => {
    const streams = streamRanges(pdf).filter(([s, e]) => e > s);
    if (streams.length === 0) return undefined;
    const [s, e] = r.pick(streams);
    const variant = r.int(3);
    if (variant === 0) return ['empty', splice(pdf, s, e)];
    if (variant === 1) return ['half', splice(pdf, s + Math.floor((e - s) / 2), e)];
    let out = pdf;
    for (let k = r.range(1, 6); k > 0; k--) {
      const at = s + r.int(e - s);
      out = splice(out, at, at + 1, String.fromCharCode(r.int(256)));
    }
    return ['bytes', out];
  },
  'pdf-trailer': (pdf, r) => {
    const t = pdf.lastIndexOf('trailer');
    if (t < 0) return undefined;
    const tail = pdf.slice(t);
    const variant = r.pick(['/Root', '/Size', '/Encrypt', '/Prev']);
    if (variant === '/Encrypt' || variant === '/Prev') {
      const at = t + tail.indexOf('<<') + 2;
      return [
        `add ${variant}`,
        splice(pdf, at, at, variant === '/Encrypt' ? '/Encrypt 2 0 R' : `/Prev ${r.int(pdf.length)}`),
      ];
    }
    const m = new RegExp(`${variant}\\s+[^/>]*`).exec(tail);
    if (!m) return undefined;
    return [`drop ${variant}`, splice(pdf, t + m.index, t + m.index + m[0].length)];
  },
};

/** The cross-reference damage finds the most (unhandled rejections from pdf.js's lazy fetches): run it more. */
const PDF_WEIGHTS: Record<string, number> = { 'pdf-xref-offset': 4, 'pdf-delete-object': 2, 'pdf-ref': 2 };

// ---------------------------------------------------------------------------------------------------------
// YAML (line and token level)

const VALUE_LINE = /^(\s*(?:- )?[\w"'.-]+:[ \t]+)(\S.*)$/;

const pickLine = (lines: string[], r: Rng, re?: RegExp): number | undefined => {
  const candidates = lines.map((l, i) => [l, i] as const).filter(([l]) => (re ? re.test(l) : true));
  return candidates.length === 0 ? undefined : r.pick(candidates)[1];
};

type LinesOp = (lines: string[], r: Rng) => [detail: string, out: string[]] | undefined;

const HUGE_SCALARS = [
  '1e308',
  '1e309',
  '-2147483649',
  '99999999999999999999999999999',
  '0x7fffffffffffffff',
  '.nan',
  '-.inf',
  '0o777',
  '1_000',
  '6.140000000000000001',
  '-0',
  '~',
  'null',
  'true',
  '2024-02-30',
  "''",
  '[]',
  '{}',
];
const TAGS = [
  '!!binary',
  '!!js/function',
  '!!set',
  '!!omap',
  '!custom',
  '!!timestamp',
  '!!int',
  '!!float',
  '!!map',
  '!<tag:yaml.org,2002:str>',
];

export const YAML_OPS: Record<string, LinesOp> = {
  'yaml-swap-lines': (lines, r) => {
    const a = r.int(lines.length);
    const b = r.chance(0.5) ? Math.min(lines.length - 1, a + 1) : r.int(lines.length);
    const out = lines.slice();
    [out[a], out[b]] = [lines[b] ?? '', lines[a] ?? ''];
    return [`${a + 1}<->${b + 1}`, out];
  },
  'yaml-duplicate-line': (lines, r) => {
    const i = r.int(lines.length);
    const copies = r.scale(r.chance(0.1) ? r.range(100, 5000) : r.range(1, 2), 100);
    const out = lines.slice();
    out.splice(i, 0, ...Array.from({ length: copies }, () => lines[i] ?? ''));
    return [`${i + 1}x${copies}`, out];
  },
  'yaml-delete-line': (lines, r) => {
    const i = r.int(lines.length);
    const k = r.chance(0.2) ? r.range(2, 20) : 1;
    const out = lines.slice();
    out.splice(i, k);
    return [`${i + 1}+${k}`, out];
  },
  'yaml-indent': (lines, r) => {
    const i = pickLine(lines, r, /\S/);
    if (i === undefined) return undefined;
    const line = lines[i] ?? '';
    const indent = /^\s*/.exec(line)?.[0] ?? '';
    const by = r.pick(['+1', '+2', '+4', '-1', '-2', 'tab', 'zero']);
    const next =
      by === 'tab'
        ? `\t${line.trimStart()}`
        : by === 'zero'
          ? line.trimStart()
          : by.startsWith('+')
            ? ' '.repeat(Number(by.slice(1))) + line
            : indent.slice(Number(by.slice(1))) + line.trimStart();
    const out = lines.slice();
    out[i] = next;
    return [`${i + 1} ${by}`, out];
  },
  'yaml-anchor-alias': (lines, r) => {
    const out = lines.slice();
    const variant = r.int(5);
    const a = pickLine(lines, r, VALUE_LINE);
    if (variant === 0 && a !== undefined) {
      // A real anchor on one value and an alias of it in another.
      out[a] = (lines[a] ?? '').replace(VALUE_LINE, '$1&a $2');
      const b = pickLine(lines, r, VALUE_LINE);
      if (b !== undefined && b !== a) out[b] = (lines[b] ?? '').replace(VALUE_LINE, '$1*a');
      return ['anchor+alias', out];
    }
    if (variant === 1 && a !== undefined) {
      out[a] = (lines[a] ?? '').replace(VALUE_LINE, '$1*nosuch');
      return ['undefined alias', out];
    }
    if (variant === 2) {
      // Billion laughs over aliases.
      const depth = r.scale(r.range(3, 9), 4);
      const bomb = ['lol0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
      for (let i = 1; i <= depth; i++)
        bomb.push(`lol${i}: &l${i} [${Array.from({ length: 9 }, () => `*l${i - 1}`).join(', ')}]`);
      out.splice(r.chance(0.5) ? 0 : out.length, 0, ...bomb);
      return [`alias bomb ${depth}`, out];
    }
    if (variant === 3) {
      const i = pickLine(lines, r, /^\s*- id:/);
      if (i === undefined) return undefined;
      const indent = (/^\s*/.exec(lines[i] ?? '')?.[0] ?? '') + '  ';
      out.splice(i + 1, 0, `${indent}<<: *a`);
      if (r.chance(0.5)) out[i] = (lines[i] ?? '').replace('- id:', '- &a id:');
      return ['merge key', out];
    }
    const i = pickLine(lines, r, /^\s*- /);
    if (i === undefined) return undefined;
    out[i] = (lines[i] ?? '').replace('- ', '- &self ');
    out.splice(i + 1, 0, `${/^\s*/.exec(lines[i] ?? '')?.[0] ?? ''}- *self`);
    return ['repeated node', out];
  },
  'yaml-huge-scalar': (lines, r) => {
    const i = pickLine(lines, r, VALUE_LINE);
    if (i === undefined) return undefined;
    const v = r.pick(HUGE_SCALARS);
    const out = lines.slice();
    out[i] = (lines[i] ?? '').replace(VALUE_LINE, (_, key: string) => key + v);
    return [`${i + 1} ${v}`, out];
  },
  'yaml-unicode': (lines, r) => {
    const i = r.int(lines.length);
    const line = lines[i] ?? '';
    const at = r.int(line.length + 1);
    const ins = Array.from({ length: r.range(1, 3) }, () => r.pick(ODD_UNICODE)).join('');
    const out = lines.slice();
    out[i] = line.slice(0, at) + ins + line.slice(at);
    return [`${i + 1}:${at} ${JSON.stringify(ins)}`, out];
  },
  'yaml-tabs': (lines, r) => {
    const out = lines.slice();
    const k = r.range(1, 5);
    for (let j = 0; j < k; j++) {
      const i = r.int(lines.length);
      out[i] = (out[i] ?? '').replace(r.chance(0.5) ? /^ +/ : / /, '\t');
    }
    return [`${k}`, out];
  },
  'yaml-tag': (lines, r) => {
    const i = pickLine(lines, r, VALUE_LINE);
    if (i === undefined) return undefined;
    const tag = r.pick(TAGS);
    const out = lines.slice();
    const value = tag === '!!binary' && r.chance(0.5) ? Buffer.from(randomText(r)).toString('base64') : '$2';
    out[i] = (lines[i] ?? '').replace(VALUE_LINE, `$1${tag} ${value}`);
    return [`${i + 1} ${tag}`, out];
  },
  'yaml-long-line': (lines, r) => {
    const i = pickLine(lines, r, VALUE_LINE);
    if (i === undefined) return undefined;
    const len = r.scale(r.pick([10_000, 100_000, 500_000]), 10_000);
    const unit = r.pick(['x', 'Yes ', 'stage 2 within 25 working days. ', 'é']);
    const out = lines.slice();
    out[i] = (lines[i] ?? '').replace(VALUE_LINE, (_, key: string) => key + unit.repeat(Math.ceil(len / unit.length)));
    return [`${i + 1} ${len}`, out];
  },
  'yaml-doc-markers': (lines, r) => {
    const out = lines.slice();
    const marker = r.pick(['---', '...', '%YAML 1.1\n---', '%TAG ! tag:example.com,2000:', '--- |', '? ', '- ', '#']);
    out.splice(r.int(lines.length + 1), 0, marker);
    return [JSON.stringify(marker), out];
  },
  'yaml-deep-nesting': (lines, r) => {
    const depth = r.scale(r.pick([100, 1_000, 10_000, 100_000]), 100);
    const i = pickLine(lines, r, VALUE_LINE);
    if (i === undefined) return undefined;
    const [open, close] = r.pick([
      ['[', ']'],
      ['{a: ', '}'],
    ] as const);
    const out = lines.slice();
    out[i] = (lines[i] ?? '').replace(VALUE_LINE, (_, key: string) => key + open.repeat(depth) + close.repeat(depth));
    return [`${depth} ${open}`, out];
  },
  'yaml-key': (lines, r) => {
    const i = pickLine(lines, r, VALUE_LINE);
    if (i === undefined) return undefined;
    const key = r.pick(['? ', '"": ', 'provisions: ', 'code: ', 'id: ', '__proto__: ', 'constructor: ', '<<: ']);
    const out = lines.slice();
    out[i] = (lines[i] ?? '').replace(/^(\s*(?:- )?)[\w"'.-]+:\s*/, `$1${key}`);
    return [`${i + 1} ${key.trim()}`, out];
  },
  'yaml-random-text': (lines, r) => {
    const i = r.int(lines.length);
    const line = lines[i] ?? '';
    const at = r.int(line.length + 1);
    const out = lines.slice();
    out[i] =
      line.slice(0, at) +
      randomText(r, [':', '- ', '{', '[', '"', "'", '#', '&', '*', '!', '|', '>', '%', '@', '`']) +
      line.slice(at);
    return [`${i + 1}`, out];
  },
};
const YAML_OP_NAMES = Object.keys(YAML_OPS);

// ---------------------------------------------------------------------------------------------------------
// One mutant

function textOps(
  bytes: Uint8Array,
  r: Rng,
  count: number,
  ops: Record<string, TextOp>,
  decode: (b: Uint8Array) => string,
  encode: (s: string) => Uint8Array,
  weights: Readonly<Record<string, number>> = {},
): [string[], Uint8Array] | undefined {
  let text = decode(bytes);
  const names = Object.keys(ops).map((name) => [name, weights[name] ?? 1] as const);
  const done: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = r.weighted(names);
    const result = (ops[name] as TextOp)(text, r);
    if (!result) continue;
    text = result[1];
    done.push(result[0] ? `${name}(${result[0]})` : name);
  }
  return done.length === 0 ? undefined : [done, encode(text)];
}

const YAML_TEXT_OPS: Record<string, TextOp> = Object.fromEntries(
  YAML_OP_NAMES.map((name) => [
    name,
    (s: string, r: Rng) => {
      const result = (YAML_OPS[name] as LinesOp)(s.split('\n'), r);
      return result && ([result[0], result[1].join('\n')] as [string, string]);
    },
  ]),
);

/** Structured (format-aware) mutations of one source: `count` of them, stacked. */
function structured(src: Source, bytes: Uint8Array, r: Rng, count: number): [string[], Uint8Array] | undefined {
  if (src.ext === 'pdf') return textOps(bytes, r, count, PDF_OPS, latin1, fromLatin1, PDF_WEIGHTS);
  if (src.ext === 'yaml') return textOps(bytes, r, count, YAML_TEXT_OPS, utf8, fromUtf8);
  // DOCX: XML mutations re-zipped, or damage to the zip's own structures.
  if (r.chance(0.7)) return docxPartOps(bytes, r, count);
  const ops: string[] = [];
  let out = bytes;
  for (let i = 0; i < count; i++) {
    const name = r.pick(Object.keys(ZIP_LEVEL_OPS));
    const result = (ZIP_LEVEL_OPS[name] as ZipOp)(out, r);
    if (!result) continue;
    out = result[1];
    ops.push(`${name}(${result[0]})`);
  }
  return ops.length === 0 ? undefined : [ops, out];
}

/**
 * Mutant n of a run seeded with `seed`: a source picked, 1-3 structured and/or generic mutations applied.
 * `light`: the same draws, but no zip bombs or huge documents, and every size (copies, depth, length) capped
 * small, so a batch runs in bounded time (the CI batch); its mutants are another family of the same seed.
 */
export function makeMutant(sources: readonly Source[], seed: number, n: number, light = false): Mutant {
  const r = Rng.for(seed, n, light);
  // Each format equally often, whatever the number of fixtures of each.
  const exts = EXTS.filter((e) => sources.some((s) => s.ext === e));
  const ext = r.pick(exts);
  const src = r.pick(sources.filter((s) => s.ext === ext));
  const steps = r.weighted([
    [1, 6],
    [2, 3],
    [3, 1],
  ] as const);
  // Structured mutations first (a DOCX must still unzip), generic byte damage after.
  let generic = 0;
  for (let i = 0; i < steps; i++) if (r.chance(0.3)) generic++;
  const ops: string[] = [];
  let bytes = src.bytes;
  if (steps - generic > 0) {
    const result = structured(src, bytes, r, steps - generic);
    if (result) {
      ops.push(...result[0]);
      bytes = result[1];
    } else generic = Math.max(generic, 1);
  }
  for (let i = 0; i < generic; i++) {
    if (bytes.length === 0) break;
    const name = r.pick(BYTE_OP_NAMES);
    bytes = (BYTE_OPS[name] as ByteOp)(bytes, r);
    ops.push(name);
  }
  return {
    seed,
    n,
    light,
    source: src.name,
    sourcePath: src.path,
    ext: src.ext,
    ops,
    bytes,
    name: `${src.name}-${seed}-${n}.${src.ext}`,
  };
}
