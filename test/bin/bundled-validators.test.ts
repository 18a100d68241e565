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
    const runs = {
      badForm: ['bad.yaml', '--no-config'],
      goodForm: [good, '--no-config', '--format', 'json'],
      badConfig: [good, '--config', 'bad-config.yaml'],
    };
    const mine = Object.fromEntries(Object.entries(runs).map(([name, args]) => [name, check(bin, args)]));
    for (const [name, args] of Object.entries(runs)) {
      expect(mine[name]).toEqual(check(binPath, args));
      expect(mine[name]?.stderr).not.toMatch(/Cannot find module|\n\s+at /);
    }
    expect(mine['badForm']?.code).toBe(2);
    expect(mine['badForm']?.stderr).toContain('bad.yaml:3:13: provisions: must be array');
    expect(mine['badConfig']?.code).toBe(2);
  });
});
