/** A location as an officer would look for it: "line 41:13", "page 3, line 12", "table 2, row 5", "sheet 1, row 9". */
import type { Location } from '../ingest/document.js';

export function locationText(location: Location | undefined): string {
  if (!location) return '';
  const parts: string[] = [];
  if (location.page !== undefined) parts.push(`page ${location.page}`);
  if (location.line !== undefined)
    parts.push(
      location.page !== undefined || location.column === undefined
        ? `line ${location.line}`
        : `line ${location.line}:${location.column}`,
    );
  if (location.table !== undefined) parts.push(`table ${location.table}`);
  if (location.sheet !== undefined) parts.push(`sheet ${location.sheet}`);
  if (location.row !== undefined) parts.push(`row ${location.row}`);
  if (location.paragraph !== undefined) parts.push(`paragraph ${location.paragraph}`);
  return parts.join(', ');
}

/** "form.yaml:12:5" (or just the file when there is no line): how an error names where it is. */
export const fileAt = (file: string, location: Location | undefined): string =>
  location?.line !== undefined ? `${file}:${location.line}:${location.column ?? 1}` : file;
