/**
 * The CLI bundle carries the schemas' validators (src/schemas/bundled-validators.ts, swapped in by the build): a
 * copy of the built package without dist/generated/validators/ still validates a YAML form and a configuration
 * in the CLI's own thread, with the same messages, while the file worker (which loads them from dist/generated/)
 * is not involved.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath, repoRoot } from './scenario.js';

const scratch = mkdtempSync(join(tmpdir(), 'assess-validators-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function check(bin: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, 'check', ...args], {
    cwd: scratch,
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', NODE_DISABLE_COMPILE_CACHE: '1' },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('validators bundled into the CLI', () => {
  it('validate a form and a configuration without dist/generated/validators/', () => {
    const pkg = join(scratch, 'pkg');
    for (const part of ['bin', 'dist', 'codes', 'schemas', 'package.json'])
      cpSync(join(repoRoot, part), join(pkg, part), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules'), join(pkg, 'node_modules'));
    rmSync(join(pkg, 'dist', 'generated', 'validators'), { recursive: true });
    const bin = join(pkg, 'bin', 'assess.js');

    writeFileSync(join(scratch, 'bad.yaml'), 'code: "2024"\nlandlord: Riverside\nprovisions: 5\n');
    writeFileSync(join(scratch, 'bad-config.yaml'), 'rules:\n  missing-provision: loud\n');
    const good = join(repoRoot, 'fixtures', 'forms', 'council-2024.yaml');
    for (const args of [
      ['bad.yaml', '--no-config'],
      [good, '--no-config', '--format', 'json'],
      [good, '--config', 'bad-config.yaml'],
    ]) {
      const mine = check(bin, args);
      const shipped = check(binPath, args);
      expect(mine).toEqual(shipped);
      expect(mine.stderr).not.toMatch(/Cannot find module|\n\s+at /);
    }
    expect(check(bin, ['bad.yaml', '--no-config'])).toMatchObject({ code: 2 });
    expect(check(bin, ['bad.yaml', '--no-config']).stderr).toContain('bad.yaml:3:13: provisions: must be array');
    expect(check(bin, [good, '--config', 'bad-config.yaml']).code).toBe(2);
  });
});
