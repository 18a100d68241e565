#!/usr/bin/env node
// The thin bin: load the bundle, hand main() the process's streams, set the exit code it returns.

let main;
try {
  ({ main } = await import('../dist/main.js'));
} catch (e) {
  process.stderr.write(
    `assess: cannot load the built CLI in dist/ (${e?.code ?? e?.message ?? e}); run \`npm run build\`\n`,
  );
  process.exit(2);
}

// A reader that closes the pipe early (`assess codes | head`) is no error: stop writing, keep the exit code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
});
// The run is over and its exit code set (main() guards the run itself): a library's promise rejected now,
// with nobody awaiting it, must not print a stack trace after the report or change the exit code.
process.on('unhandledRejection', () => undefined);
