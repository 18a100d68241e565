/**
 * Writes the hostile-input corpus of issue #10 (test/hostile/generators.ts) into a folder, to try by hand:
 *
 *   npm run hostile -- out/hostile                # the sizes
 *   npm run hostile -- out/hostile --scale test   # the smaller sizes test/hostile/hostile.test.ts uses
 *   node bin/assess.js scan out/hostile --format json
 *
 * Every file and trap is listed on stdout with its size and the outcome a correct product gives. The folder
 * must not exist yet or be empty (the traps include a FIFO and symlinks to /dev/zero and to /).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeOutcome as describe, hostileFiles, TRAPS, type Scale } from '../../test/hostile/generators.js';

async function main(argv: string[]): Promise<number> {
  let scale: string = 'issue';
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--scale') scale = argv[++i] ?? '';
    else if (arg.startsWith('--scale=')) scale = arg.slice('--scale='.length);
    else dirs.push(arg);
  }
  const [dir, ...extra] = dirs;
  if (!dir || extra.length > 0 || (scale !== 'issue' && scale !== 'test')) {
    process.stderr.write('usage: npm run hostile -- <dir> [--scale issue|test]\n');
    return 2;
  }
  const out = resolve(dir);
  mkdirSync(out, { recursive: true });
  if (readdirSync(out).length > 0) {
    process.stderr.write(`hostile: ${dir} is not empty\n`);
    return 2;
  }
  for (const file of hostileFiles(scale as Scale)) {
    const started = Date.now();
    const bytes = await file.bytes();
    writeFileSync(join(out, file.name), bytes);
    const size = `${(bytes.length / 1024).toFixed(0)} KiB`.padStart(10);
    const took = `${((Date.now() - started) / 1000).toFixed(1)} s`.padStart(7);
    process.stdout.write(
      `${file.name.padEnd(28)}${size}${took}  ${file.what}\n${' '.repeat(47)}→ ${describe(file.outcome)}\n`,
    );
  }
  for (const trap of TRAPS) {
    const made = trap.create(out);
    process.stdout.write(`${made.padEnd(45)}  ${trap.what}\n${' '.repeat(47)}→ ${describe(trap.outcome)}\n`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
