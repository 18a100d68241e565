/** What `main` is given instead of touching `process`: defined in util so the scan progress bar can share it. */
export type { OutStream, Streams } from '../util/streams.js';
