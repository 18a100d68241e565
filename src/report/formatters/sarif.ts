/**
 * `--format sarif`: a SARIF 2.1.0 log that GitHub code scanning accepts.
 *
 * - One run; `tool.driver.rules` lists every rule (not only those that fired), so `ruleIndex` is stable.
 * - A file under the repository's root is a POSIX path relative to `%SRCROOT%` (that root, `git rev-parse
 *   --show-toplevel` or else the working directory, given in `originalUriBaseIds`), percent-encoded segment by
 *   segment; any other file is an absolute `file://` URI without a base id.
 * - Every result has a region, as GitHub requires. Only a YAML-style line (a line without a page) is its
 *   `startLine`; a PDF page/line or a DOCX table/row is not a text line of the file, so it goes into the
 *   location's `properties` and its `message` (and the result text) instead, and the region is line 1.
 * - Rules carry `helpUri` only when the package declares its repository (the README's rule anchors there).
 * - `partialFingerprints["assessFinding/v1"]` hashes file + provision + rule, so an alert survives
 *   edits that move rows around.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Location } from '../../ingest/document.js';
import type { Finding, Severity } from '../../rules/types.js';
import { locationText } from '../location-text.js';
import type { Formatter, RuleMeta } from '../types.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
export const FINGERPRINT_KEY = 'assessFinding/v1';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** Where a file is, for SARIF: relative to %SRCROOT% when it lies under cwd, else an absolute file URI. */
interface ArtifactPlace {
  location: Sarif.ArtifactLocation;
  /** The path the fingerprint hashes: repo-relative POSIX, or the absolute path. */
  key: string;
}

const toPosix = (p: string): string => (sep === '\\' ? p.replace(/\\/g, '/') : p);

/** RFC 3986: percent-encode each segment (UTF-8), keep the '/' between them. */
export const encodePath = (posixPath: string): string => posixPath.split('/').map(encodeURIComponent).join('/');

function fileUrl(absolutePath: string, directory = false): string {
  const href = pathToFileURL(absolutePath).href;
  return directory && !href.endsWith('/') ? `${href}/` : href;
}

function place(file: string, cwd: string, root: string): ArtifactPlace {
  const absolute = isAbsolute(file) ? file : resolve(cwd, file);
  const rel = relative(root, absolute);
  const inside = rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  if (inside) {
    const posix = toPosix(rel);
    return { location: { uri: encodePath(posix), uriBaseId: SRCROOT }, key: posix };
  }
  return { location: { uri: fileUrl(absolute) }, key: toPosix(absolute) };
}

/** Stable across runs: (file, provision, rule), plus the occurrence number when one rule fires twice on a provision. */
export function fingerprint(fileKey: string, provision: string | undefined, rule: string, occurrence = 0): string {
  return createHash('sha256')
    .update(
      JSON.stringify(
        occurrence === 0 ? [fileKey, provision ?? '', rule] : [fileKey, provision ?? '', rule, occurrence],
      ),
    )
    .digest('hex')
    .slice(0, 32);
}

/** A line that is a line of the file (YAML), not a line on a PDF page. */
const textLine = (location: Location | undefined): number | undefined =>
  location?.line !== undefined && location.page === undefined ? location.line : undefined;

const pascal = (id: string): string =>
  id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

function ruleDescriptor(rule: RuleMeta): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} ${rule.why}` },
    help: {
      text: `${rule.why}\n\nHow to fix: ${rule.fix}`,
      markdown: `${rule.why}\n\n**How to fix:** ${rule.fix}${rule.helpUri ? `\n\n[Documentation](${rule.helpUri})` : ''}`,
    },
    ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
  };
}

function messageText(f: Finding, where: string): string {
  const lines = [f.message];
  if (where) lines.push(`Location: ${where}`);
  if (f.hint) lines.push(`Hint: ${f.hint}`);
  return lines.join('\n');
}

function result(
  f: Finding,
  artifact: ArtifactPlace,
  artifactIndex: number,
  ruleIndex: Map<string, number>,
  occurrence: number,
): Sarif.Result {
  const line = textLine(f.location);
  // Everything a line cannot say (page, table, row, paragraph) stays visible as text and as data.
  const where = line === undefined ? locationText(f.location) : '';
  const physicalLocation: Sarif.PhysicalLocation = { artifactLocation: { ...artifact.location, index: artifactIndex } };
  // GitHub code scanning needs a region on every result: a DOCX or PDF finding points at the file's first line.
  physicalLocation.region =
    line !== undefined
      ? { startLine: line, ...(f.location?.column !== undefined ? { startColumn: f.location.column } : {}) }
      : { startLine: 1 };
  const location: Sarif.Location = { physicalLocation };
  if (f.provision !== undefined)
    location.logicalLocations = [
      { name: f.provision, fullyQualifiedName: `provision ${f.provision}`, kind: 'provision' },
    ];
  if (where) location.message = { text: where };
  if (f.location && line === undefined) location.properties = { ...f.location };

  const index = ruleIndex.get(f.rule);
  return {
    ruleId: f.rule,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: LEVEL[f.severity],
    message: { text: messageText(f, where) },
    locations: [location],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(artifact.key, f.provision, f.rule, occurrence) },
    properties: { ...(f.provision !== undefined ? { provision: f.provision } : {}), hint: f.hint },
  };
}

export const sarif: Formatter = (report, ctx) => {
  const ruleIndex = new Map(ctx.rules.map((r, i) => [r.id, i]));
  const root = ctx.srcRoot ?? ctx.cwd;
  const places = report.files.map((f) => place(f.file, ctx.cwd, root));
  const artifacts: Sarif.Artifact[] = report.files.map((f, i) => ({
    location: places[i]!.location,
    roles: ['analysisTarget'],
    ...(f.format ? { properties: { format: f.format, ...(f.code ? { code: f.code } : {}) } } : {}),
  }));
  const results = report.files.flatMap((f, i) => {
    const seen = new Map<string, number>();
    return f.findings.map((x) => {
      const key = `${x.provision ?? ''}\u0000${x.rule}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      return result(x, places[i]!, i, ruleIndex, occurrence);
    });
  });

  const log: Sarif.Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            ...(ctx.homepage ? { informationUri: ctx.homepage } : {}),
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: ctx.rules.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: fileUrl(root, true) } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
