/**
 * The scan's voice on stderr: a cli-progress bar (only on a terminal, with `CI` unset and no
 * `--no-progress`) and, always, one summary line at the end.
 */
import cliProgress from 'cli-progress';
import { CODE_VERSIONS } from '../catalogue/types.js';
import type { Streams } from '../util/streams.js';
import type { FileReport } from '../report/types.js';
import { plural } from '../util/text.js';

export interface Progress {
  /** One more file done. */
  tick(report: FileReport): void;
  /** One more page of a scanned PDF read by OCR. */
  ocrPage(): void;
  /** Remove the bar (before anything else is written). */
  stop(): void;
}

const isSet = (value: string | undefined): boolean =>
  value !== undefined && value !== '' && value !== 'false' && value !== '0';

export function progressWanted(streams: Streams, flag: boolean): boolean {
  return flag && streams.stderr.isTTY === true && !isSet(streams.env['CI']);
}

const NO_PROGRESS: Progress = { tick: () => undefined, ocrPage: () => undefined, stop: () => undefined };

/** " | 12 pages read by OCR" once there are any: the slow part of a scan of scanned forms. */
const ocrText = (pages: number): string => (pages === 0 ? '' : ` | ${plural(pages, 'page')} read by OCR`);

export function startProgress(streams: Streams, total: number, wanted: boolean): Progress {
  if (!wanted || total === 0) return NO_PROGRESS;
  const bar = new cliProgress.SingleBar(
    {
      stream: streams.stderr as unknown as NodeJS.WritableStream,
      format: 'scanning [{bar}] {value}/{total} files | {unreadable} unreadable{ocr} | ETA {eta_formatted}',
      barsize: 30,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 10,
      gracefulExit: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let unreadable = 0;
  let ocrPages = 0;
  bar.start(total, 0, { unreadable, ocr: '' });
  return {
    tick(report) {
      if (report.unreadable) unreadable++;
      bar.increment(1, { unreadable });
    },
    ocrPage() {
      ocrPages++;
      bar.update({ ocr: ocrText(ocrPages) });
    },
    stop() {
      bar.stop();
    },
  };
}

/**
 * "Scanned 12 files: 1 unreadable; by Code: 2024 ×9, 2022 ×2, 2020 ×0, lgsco-2024 ×1; 3 errors, 4 warnings": the
 * Housing Ombudsman's versions newest first, then the others (named versions) in order.
 */
export function summaryLine(reports: readonly FileReport[]): string {
  const byCode = new Map<string, number>(CODE_VERSIONS.map((v) => [v, 0]));
  let unreadable = 0;
  let errors = 0;
  let warnings = 0;
  for (const r of reports) {
    if (r.unreadable) unreadable++;
    if (r.code) byCode.set(r.code, (byCode.get(r.code) ?? 0) + 1);
    errors += r.counts.error;
    warnings += r.counts.warning;
  }
  const dated = (v: string): boolean => /^\d+$/.test(v);
  const codes = [...CODE_VERSIONS.filter(dated).reverse(), ...CODE_VERSIONS.filter((v) => !dated(v))]
    .map((v) => `${v} ×${byCode.get(v) ?? 0}`)
    .join(', ');
  return `Scanned ${plural(reports.length, 'file')}: ${unreadable} unreadable; by Code: ${codes}; ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
