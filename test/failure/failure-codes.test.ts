// Every way a file can fail to be read ends in one typed failure: its code decides the hint and whether
// `check` aborts (exit 2) or reports an unreadable-document finding. Real files and real bytes, through the loader.
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Paragraph } from 'docx';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { abortsCheck, FAILURE_CODES, FAILURES, failureHint, type FailureCode } from '../../src/failure/failure.js';
import { DEFAULT_READ_OPTIONS } from '../../src/pipeline/options.js';
import { loadAssessment } from '../../src/pipeline/load-assessment.js';
import { docxBytes } from '../docx/build-docx.js';
import { scratch } from '../helpers/run-cli.js';

const special = (name: string): Buffer => readFileSync(join('fixtures', 'pdf-special', name));
const dir = scratch({
  'enc.pdf': special('enc.pdf'),
  'scan.pdf': special('scan.pdf'),
  'trunc.pdf': special('trunc.pdf'),
  'blank.pdf': special('blank.pdf'),
  'text.pdf': 'code: "2024"\nlandlord: Acme\n',
  'empty.docx': new Uint8Array(),
  'legacy.doc': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
  'notes.docx': zipSync({ 'notes.txt': strToU8('hello') }),
  'bad.yaml': 'code: "2024"\nlandlord: [unclosed\n',
  'schema.yaml': 'code: "2024"\nlandlord: Acme\nprovisions: 3\n',
  'folder/x.yaml': 'x: 1\n',
});
symlinkSync('/dev/zero', join(dir, 'zero.pdf'));
execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);

const codeOf = async (name: string): Promise<FailureCode | 'ok'> => {
  // --ocr never: a scan is `scanned-no-text` (read by OCR, scan.pdf's few words are `not-a-form`).
  const loaded = await loadAssessment(join(dir, name), name, { ...DEFAULT_READ_OPTIONS, ocr: 'never' });
  if (loaded.ok) return 'ok';
  expect(loaded.failure.message).not.toMatch(/\n/);
  return loaded.failure.code;
};

describe('typed failures', () => {
  it.each<[string, FailureCode]>([
    ['nothing-here.yaml', 'not-found'],
    ['folder', 'not-a-file'],
    ['zero.pdf', 'not-a-file'],
    ['pipe.yaml', 'not-a-file'],
    ['bad.yaml', 'invalid-yaml'],
    ['schema.yaml', 'invalid-yaml'],
    ['enc.pdf', 'encrypted'],
    ['scan.pdf', 'scanned-no-text'],
    ['trunc.pdf', 'corrupt'],
    ['blank.pdf', 'empty'],
    ['text.pdf', 'wrong-format'],
    ['empty.docx', 'empty'],
    ['legacy.doc', 'legacy-doc'],
    ['notes.docx', 'wrong-format'],
  ])('%s → %s', async (name, code) => {
    expect(await codeOf(name)).toBe(code);
  });

  it('a readable document with no provisions is not-a-form', async () => {
    const minutes = await docxBytes([
      new Paragraph('Minutes of the Board meeting, 4 March 2025'),
      new Paragraph('The Board approved the budget and noted the repairs performance report.'),
    ]);
    writeFileSync(join(dir, 'minutes.docx'), minutes);
    expect(await codeOf('minutes.docx')).toBe('not-a-form');
  });

  it('only a missing file, something that is not a file and an invalid YAML abort check', () => {
    expect(FAILURE_CODES.filter((c) => abortsCheck({ code: c, message: '' }))).toEqual([
      'not-found',
      'not-a-file',
      'invalid-yaml',
    ]);
  });

  it('every code has a title and a hint, and the JSON report schema lists exactly these codes', () => {
    for (const code of FAILURE_CODES) {
      expect(FAILURES[code].title.length).toBeGreaterThan(5);
      expect(failureHint({ code, message: '' }).length).toBeGreaterThan(5);
    }
    const schema = JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')) as {
      properties: { files: { items: { properties: { failure: { enum: (string | null)[] } } } } };
    };
    expect(schema.properties.files.items.properties.failure.enum).toEqual([...FAILURE_CODES, null]);
  });
});
