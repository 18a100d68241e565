/**
 * One file in, one normalised assessment out: read the bytes, tell what the file really is,
 * hand it to its reader and normaliser. Failures come back as typed values (failure/failure.ts), whose code
 * says whether `check` aborts (a missing file, an invalid YAML) or reports an `unreadable-document` finding.
 */
import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { failed, type Failed } from '../failure/failure.js';
import { extname } from 'node:path';
import { isCodeVersion, loadAllCatalogues, loadCatalogue } from '../catalogue/load.js';
import type { DocumentModel, Location } from '../ingest/document.js';
import { joinDocuments } from '../ingest/join-documents.js';
import { READERS, readerByExtension, readerFor } from '../ingest/readers.js';
import { isBinary } from '../ingest/sniff.js';
import { mib } from '../util/mib.js';
import type { ReadResult } from '../ingest/read-result.js';
import type { Assessment } from '../normalise/assessment.js';
import { buildAssessment } from '../normalise/build-assessment.js';
import type { CanonicalAssessment } from '../normalise/yaml/normalise-yaml.js';
import { validateAssessment } from '../schemas/validators.js';
import type { ReadOptions } from './options.js';

export type Loaded = { ok: true; assessment: Assessment } | Failed;

/** A file's bytes, if it is a regular file within the size limit. */
async function readBytes(path: string, options: ReadOptions): Promise<{ ok: true; bytes: Buffer } | Failed> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return failed('not-a-file', 'is a directory (use `assess scan` for folders)');
    // Only regular files: a FIFO never ends, /dev/zero never stops (through a symlink named .pdf as well).
    if (!info.isFile()) return failed('not-a-file', `is not a regular file (${fileType(info)})`);
    if (info.size > options.maxBytes) {
      const limit = mib(options.maxBytes);
      return failed('too-large', `file is ${mib(info.size)}, over the ${limit} limit (raise it with --max-size)`);
    }
    return { ok: true, bytes: await readFile(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return failed('not-found', 'file not found');
    if (code === 'EACCES' || code === 'EPERM') return failed('permission-denied', 'permission denied');
    if (code === 'ELOOP') return failed('not-a-file', 'a symbolic link that loops');
    return failed('permission-denied', `cannot read the file (${code ?? 'read error'})`);
  }
}

/** What a file's bytes are: a document some reader reads, the YAML form, or a failure. */
async function readInput(
  path: string,
  options: ReadOptions,
): Promise<{ kind: 'document'; read: ReadResult } | { kind: 'yaml'; text: string } | Failed> {
  const file = await readBytes(path, options);
  if (!file.ok) return file;
  const { bytes } = file;
  const ext = extname(path).toLowerCase();
  if (bytes.length === 0) return failed('empty', 'empty file');
  const reader = readerFor(bytes);
  if (reader) return { kind: 'document', read: await (await reader.load())(bytes, options) };
  if (isBinary(bytes)) return failed('wrong-format', `not a YAML file, nor a ${KINDS} file`);
  if (readerByExtension(ext) !== undefined || ext === '.doc') {
    return failed('wrong-format', `named ${ext} but it is a plain text file, not a ${ext.slice(1).toUpperCase()}`);
  }
  return { kind: 'yaml', text: bytes.toString('utf8') };
}

export async function loadAssessment(path: string, display: string, options: ReadOptions): Promise<Loaded> {
  const input = await readInput(path, options);
  if ('ok' in input) return input;
  return input.kind === 'document'
    ? fromDocument(input.read, display, options)
    : fromYaml(input.text, display, options);
}

/** One part of a form published in parts: where it is read from, and the name locations give it. */
export interface Part {
  path: string;
  /** The file's name ("section-6.pdf"), or a fetched URL's last segment, never a temporary file's. */
  name: string;
}

/**
 * A form published in parts (`check --join`: a web page per Code section, a PDF in two files) read as one
 * document, in the order given; each part's locations name it as a page (joined PDFs keep their page numbers,
 * counted on from the parts before).
 */
export async function loadJoined(parts: readonly Part[], display: string, options: ReadOptions): Promise<Loaded> {
  const documents: DocumentModel[] = [];
  for (const [i, { path, name }] of parts.entries()) {
    const input = await readInput(path, options);
    const part = `part ${i + 1} (${name})`;
    if ('ok' in input) return failed(input.failure.code, `${part}: ${input.failure.message}`);
    if (input.kind === 'yaml')
      return failed('wrong-format', `${part}: a YAML form is whole; only documents are joined`);
    if (!input.read.ok) return failed(input.read.failure.code, `${part}: ${input.read.failure.message}`);
    documents.push(input.read.document);
  }
  const names = parts.map((p) => p.name);
  return fromDocument({ ok: true, document: joinDocuments(documents, names) }, display, options);
}

/** "DOCX, PDF, XLSX, ODT or ODS": the readers' formats, for a file none of them takes. */
const KINDS = ((names: string[]) => `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`)(
  READERS.map((r) => r.format.toUpperCase()),
);

async function fromYaml(src: string, display: string, options: ReadOptions): Promise<Loaded> {
  const [{ pointerToPath, readYaml }, { normaliseYaml }] = await Promise.all([
    import('../ingest/yaml/read-yaml.js'),
    import('../normalise/yaml/normalise-yaml.js'),
  ]);
  const read = readYaml(src.replace(/^\uFEFF/, ''));
  if (!read.ok) return failed('invalid-yaml', `YAML syntax error: ${read.problem.message}`, locationOf(read.problem));
  const problems = validateAssessment(read.data);
  const first = problems[0];
  if (first) {
    const path = pointerToPath(first.instancePath);
    const field = path.length > 0 ? path.join('.') : 'document';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    const location = read.locate(path);
    return failed('invalid-yaml', `${field}: ${first.message}${more}`, location);
  }
  const data = read.data as CanonicalAssessment;
  const declared = data.code;
  const code = options.code ?? declared;
  if (!isCodeVersion(code)) return failed('invalid-yaml', `unknown Code version "${String(code)}"`);
  const catalogue = loadCatalogue(code);
  const normalised = normaliseYaml(data, read.locate, catalogue);
  if (!normalised.ok) return failed('invalid-yaml', normalised.message, normalised.location);
  const detection =
    options.code && options.code !== declared
      ? { method: 'flag' as const, confidence: 1, signals: [`--code ${options.code} (the file declares ${declared})`] }
      : { method: 'declared' as const, confidence: 1, signals: [`code: "${declared}"`] };
  // The file's own Code is the one it declares; checked against another scheme's, rule wrong-scheme says so.
  const scheme = isCodeVersion(declared) ? loadCatalogue(declared).scheme : catalogue.scheme;
  return {
    ok: true,
    assessment: buildAssessment(
      { ...normalised.draft, file: display, code, detection: { ...detection, scheme } },
      catalogue,
    ),
  };
}

async function fromDocument(read: ReadResult, display: string, options: ReadOptions): Promise<Loaded> {
  if (!read.ok) return read;
  const { normaliseDocument } = await import('../normalise/document/normalise-document.js');
  const result = normaliseDocument(read.document, {
    file: display,
    catalogues: loadAllCatalogues(),
    ...(options.code ? { code: options.code } : {}),
  });
  return result.ok ? { ok: true, assessment: result.assessment } : result;
}

const locationOf = (p: { line?: number; column?: number }): Location | undefined =>
  p.line !== undefined ? { line: p.line, ...(p.column !== undefined ? { column: p.column } : {}) } : undefined;

const fileType = (info: Stats): string =>
  info.isFIFO()
    ? 'a FIFO'
    : info.isCharacterDevice() || info.isBlockDevice()
      ? 'a device'
      : info.isSocket()
        ? 'a socket'
        : 'not a file';
