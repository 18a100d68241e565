#!/usr/bin/env node
// The thin bin: load the built CLI, hand main() the process's streams, set the exit code it returns.
// It is CommonJS (bin/package.json says so in a package of ES modules): Node starts a CommonJS entry without
// setting up its ES module loader first, which a check of a small form notices.
'use strict';

let boot;
try {
  boot = require('../dist/boot.cjs');
} catch (e) {
  process.stderr.write(
    `assess: cannot load the built CLI in dist/ (${e?.code ?? e?.message ?? e}); run \`npm run build\`\n`,
  );
  process.exitCode = 2;
}

if (boot) {
  // A reader that closes the pipe early (`assess codes | head`) is no error: stop writing, keep the exit code.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
  boot
    .main(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
      cwd: process.cwd(),
      // Read only by `check -`: touching process.stdin sets up a stream, a few ms every other run would pay.
      get stdin() {
        return process.stdin;
      },
    })
    .then((code) => {
      process.exitCode = code;
      // The run is over and its exit code set (main() guards the run itself): a library's promise rejected now,
      // with nobody awaiting it, must not print a stack trace after the report or change the exit code.
      process.on('unhandledRejection', () => undefined);
    });
}
