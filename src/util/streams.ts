/**
 * What `main` is given instead of touching `process`: the CLI's whole contact with the outside world.
 * Here, below every layer, so that src/scan (its progress bar writes to stderr) can name it without
 * importing src/cli.
 */
export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Streams {
  stdout: OutStream;
  stderr: OutStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Standard input, for `assess check -` (absent: there is none to read). */
  stdin?: AsyncIterable<Uint8Array | string>;
}
