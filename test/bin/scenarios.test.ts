/**
 * The scenario suite: every test/bin/scenarios/*.yaml run against the shipped binary (`node bin/assess.js`,
 * the esbuild bundle in dist/, rebuilt when stale by test/setup/build-if-stale.ts), plus a coverage check
 * that every command, alias and `--format` of the CLI has a scenario. See test/bin/scenario.ts for the format.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Command, type Option } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunContext } from '../../src/cli/run-context.js';
import { formatNames } from '../../src/report/formatters/index.js';
import { loadScenarios, repoRoot, runScenario, verify, type Scenario } from './scenario.js';

const scenarios = loadScenarios();
const scratchDirs: string[] = [];

afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('assess scenarios (node bin/assess.js)', () => {
  for (const s of scenarios) {
    it(`${s.source.replace(/\.ya?ml$/, '')}: ${s.name}`, { timeout: s.timeoutMs + 10_000 }, async () => {
      const run = await runScenario(s);
      scratchDirs.push(run.cwd);
      const problems = verify(s, run);
      if (problems.length > 0) throw new Error(problems.join('\n'));
    });
  }
});

/** The program the CLI builds: every `register*` export of src/cli/commands/, as src/cli/main.ts calls them. */
async function buildProgram(): Promise<Command> {
  const ctx: RunContext = {
    streams: { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: repoRoot },
    version: '0.0.0',
    exitCode: 0,
    debug: false,
  };
  const program = new Command('assess');
  const dir = join(repoRoot, 'src', 'cli', 'commands');
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const module = (await import(join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module))
      if (/^register[A-Z]/.test(name) && typeof value === 'function')
        (value as (p: Command, c: RunContext) => void)(program, ctx);
  }
  return program;
}

/** The command a scenario runs: its first argument that is not an option (`--debug check x` → check). */
const commandOf = (s: Scenario): string | undefined => s.argv.find((a) => !a.startsWith('-'));

/** Positional arguments and `--format` names of a scenario's argv, read with the command's own option table. */
function parseArgv(s: Scenario, command: Command): { positional: string[]; formats: string[] } {
  const options: readonly Option[] = command.options;
  const takesValue = (flag: string): boolean =>
    options.some((o) => (o.long === flag || o.short === flag) && (o.required || o.optional));
  const positional: string[] = [];
  const formats: string[] = [];
  const args = s.argv.slice(s.argv.indexOf(command.name()) + 1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag = '', inline] = arg.startsWith('--')
      ? arg.split(/=(.*)/s)
      : [arg.slice(0, 2), arg.slice(2) || undefined];
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    if (!takesValue(flag)) continue;
    const value = inline ?? args[++i] ?? '';
    if (flag === '--format' || flag === '-f') formats.push(value.split(':')[0] ?? value);
  }
  return { positional, formats };
}

describe('scenario coverage', () => {
  it('every scenario file parses and there are scenarios', () => {
    expect(scenarios.length).toBeGreaterThan(0);
  });

  it('every command and alias of the CLI has a scenario, and so do --help and --version', async () => {
    const program = await buildProgram();
    const names = program.commands.flatMap((c) => [c.name(), ...c.aliases()]);
    expect(names).toEqual(expect.arrayContaining(['check', 'scan', 'normalise', 'normalize', 'codes', 'explain']));
    const run = new Set(scenarios.map(commandOf));
    expect(names.filter((n) => !run.has(n))).toEqual([]);
    const top = (flags: string[]): boolean => scenarios.some((s) => s.argv.length === 1 && flags.includes(s.argv[0]!));
    expect(top(['--help', '-h']), 'a scenario running `assess --help`').toBe(true);
    expect(top(['--version', '-v']), 'a scenario running `assess --version`').toBe(true);
  });

  it('every --format of check and of scan has a scenario', async () => {
    const program = await buildProgram();
    const missing: string[] = [];
    for (const name of ['check', 'scan']) {
      const command = program.commands.find((c) => c.name() === name);
      expect(command, `the CLI has a ${name} command`).toBeDefined();
      const used = new Set(
        scenarios.filter((s) => commandOf(s) === name).flatMap((s) => parseArgv(s, command!).formats),
      );
      for (const format of formatNames) if (!used.has(format)) missing.push(`${name} --format ${format}`);
    }
    expect(missing).toEqual([]);
  });

  it('check has a scenario reading a real YAML, DOCX and PDF form (exit 0 or 1)', async () => {
    const program = await buildProgram();
    const check = program.commands.find((c) => c.name() === 'check')!;
    const kinds = new Set<string>();
    for (const s of scenarios.filter((x) => commandOf(x) === 'check' && x.exit !== 2)) {
      for (const arg of parseArgv(s, check).positional) {
        const ext = /\.(ya?ml|docx|pdf)$/i.exec(arg)?.[1]?.toLowerCase().replace('yml', 'yaml');
        const spec = s.files[arg];
        if (!ext || !spec) continue;
        // A .docx or .pdf counts only when it is a real document (a fixture copy or a built DOCX), not inline text.
        if (ext === 'yaml' || spec.kind === 'copy' || spec.kind === 'docx') kinds.add(ext);
      }
    }
    expect([...kinds].sort()).toEqual(['docx', 'pdf', 'yaml']);
  });
});
