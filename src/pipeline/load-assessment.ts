/**
 * One file in, one normalised assessment out: read the bytes, tell what the file really is,
 * hand it to its reader and normaliser. Failures come back as typed values:
 * `invalid` (the user's YAML is wrong: exit 2 under `check`) or `unreadable` (becomes a finding).
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { isCodeVersion, loadAllCatalogues, loadCatalogue } from '../catalogue/load.js';
import type { Location } from '../ingest/document.js';
import { sniff } from '../ingest/sniff.js';
import { mib } from '../util/mib.js';
import type { ReadResult } from '../ingest/read-result.js';
import type { Assessment } from '../normalise/assessment.js';
import { buildAssessment } from '../normalise/build-assessment.js';
import type { CanonicalAssessment } from '../normalise/yaml/normalise-yaml.js';
import { validateAssessment } from '../schemas/validators.js';
import type { ReadOptions } from './options.js';

export type LoadFailure =
  | { kind: 'missing'; message: string }
  | { kind: 'invalid'; message: string; location?: Location }
  | { kind: 'unreadable'; message: string };

export type Loaded = { ok: true; assessment: Assessment } | ({ ok: false } & LoadFailure);

const fail = (failure: LoadFailure): Loaded => ({ ok: false, ...failure });

export async function loadAssessment(path: string, display: string, options: ReadOptions): Promise<Loaded> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail({ kind: 'missing', message: 'is a directory (use `assess scan` for folders)' });
    if (info.size > options.maxBytes) {
      return fail({
        kind: 'unreadable',
        message: `file is ${mib(info.size)}, over the ${mib(options.maxBytes)} limit (raise it with --max-size)`,
      });
    }
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail({ kind: 'missing', message: 'file not found' });
    if (code === 'EACCES' || code === 'EPERM') return fail({ kind: 'unreadable', message: 'permission denied' });
    return fail({ kind: 'unreadable', message: `cannot read the file (${code ?? (e as Error).message})` });
  }

  const ext = extname(path).toLowerCase();
  const kind = sniff(bytes);
  switch (kind) {
    case 'empty':
      return fail({ kind: 'unreadable', message: 'empty file' });
    case 'pdf': {
      const { readPdf } = await import('../ingest/pdf/read-pdf.js');
      const read = await readPdf(bytes, {
        maxPages: options.maxPages,
        ...(options.password !== undefined ? { password: options.password } : {}),
      });
      return fromDocument(read, display, options);
    }
    // A zip or an OLE file (legacy .doc, password-protected DOCX) goes to the DOCX reader, which says what it is.
    case 'docx':
    case 'zip':
    case 'doc': {
      const { readDocx } = await import('../ingest/docx/read-docx.js');
      return fromDocument(
        await readDocx(bytes, { maxBytes: options.maxBytes, maxExpandedBytes: options.maxExpandedBytes }),
        display,
        options,
      );
    }
    case 'binary':
      return fail({ kind: 'unreadable', message: 'not a YAML, DOCX or PDF file' });
    case 'text':
      if (ext === '.docx' || ext === '.pdf' || ext === '.doc') {
        return fail({
          kind: 'unreadable',
          message: `named ${ext} but it is a plain text file, not a ${ext.slice(1).toUpperCase()}`,
        });
      }
      return fromYaml(bytes.toString('utf8'), display, options);
  }
}

async function fromYaml(src: string, display: string, options: ReadOptions): Promise<Loaded> {
  const [{ pointerToPath, readYaml }, { normaliseYaml }] = await Promise.all([
    import('../ingest/yaml/read-yaml.js'),
    import('../normalise/yaml/normalise-yaml.js'),
  ]);
  const read = readYaml(src.replace(/^\uFEFF/, ''));
  if (!read.ok)
    return fail({
      kind: 'invalid',
      message: `YAML syntax error: ${read.problem.message}`,
      ...locationOf(read.problem),
    });
  const problems = validateAssessment(read.data);
  const first = problems[0];
  if (first) {
    const path = pointerToPath(first.instancePath);
    const field = path.length > 0 ? path.join('.') : 'document';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    const location = read.locate(path);
    return fail({ kind: 'invalid', message: `${field}: ${first.message}${more}`, ...(location ? { location } : {}) });
  }
  const data = read.data as CanonicalAssessment;
  const declared = data.code;
  const code = options.code ?? declared;
  if (!isCodeVersion(code)) return fail({ kind: 'invalid', message: `unknown Code version "${String(code)}"` });
  const catalogue = loadCatalogue(code);
  const normalised = normaliseYaml(data, read.locate, catalogue);
  if (!normalised.ok)
    return fail({
      kind: 'invalid',
      message: normalised.message,
      ...(normalised.location ? { location: normalised.location } : {}),
    });
  const detection =
    options.code && options.code !== declared
      ? { method: 'flag' as const, confidence: 1, signals: [`--code ${options.code} (the file declares ${declared})`] }
      : { method: 'declared' as const, confidence: 1, signals: [`code: "${declared}"`] };
  return { ok: true, assessment: buildAssessment({ ...normalised.draft, file: display, code, detection }, catalogue) };
}

async function fromDocument(read: ReadResult, display: string, options: ReadOptions): Promise<Loaded> {
  if (!read.ok) return fail({ kind: 'unreadable', message: read.reason });
  const { normaliseDocument } = await import('../normalise/document/normalise-document.js');
  const result = normaliseDocument(read.document, {
    file: display,
    catalogues: loadAllCatalogues(),
    ...(options.code ? { code: options.code } : {}),
  });
  return result.ok ? { ok: true, assessment: result.assessment } : fail({ kind: 'unreadable', message: result.reason });
}

const locationOf = (p: { line?: number; column?: number }): { location?: Location } =>
  p.line !== undefined ? { location: { line: p.line, ...(p.column !== undefined ? { column: p.column } : {}) } } : {};
