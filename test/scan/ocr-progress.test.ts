/**
 * `scan` on a terminal counts the pages it reads by OCR in its progress bar: the built binary under `script`
 * (a pseudo-terminal), over a folder with a scanned form and a YAML one.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot } from '../bin/scenario.js';

const SCRIPT = '/usr/bin/script';

describe.skipIf(!existsSync(SCRIPT))('scan progress on a terminal', () => {
  it('counts the pages read by OCR beside the files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assess-ocr-progress-'));
    copyFileSync(join(repoRoot, 'fixtures/scanned/council-2020-upside-down.pdf'), join(dir, 'scanned.pdf'));
    copyFileSync(join(repoRoot, 'fixtures/forms/council-2024.yaml'), join(dir, 'form.yaml'));
    const env: NodeJS.ProcessEnv = { ...process.env, COLUMNS: '200' };
    delete env['CI'];
    const run = spawnSync(SCRIPT, ['-qec', `"${process.execPath}" "${binPath}" scan "${dir}" --jobs 1`, '/dev/null'], {
      encoding: 'utf8',
      env,
      timeout: 120_000,
    });
    const screen = run.stdout.replace(/\r/g, '\n');
    expect(screen).toMatch(/scanning \[.*\] 0\/2 files \| 0 unreadable \| ETA/);
    expect(screen).toMatch(/scanning \[.*\] \d\/2 files \| 0 unreadable \| 1 page read by OCR \| ETA/);
    expect(screen).toContain('page 1 read by OCR, mean confidence');
  }, 150_000);
});
