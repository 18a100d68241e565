/**
 * The governing-body report in a real browser: Debian's Chromium, driven by playwright-core. The report is made by
 * the built binary from a real DOCX form; the test asserts on the DOM (one bar per Code section with the form's
 * counts, every finding of `check --format json` shown), that the page logs no error and asks for nothing over
 * the network, that axe-core finds no WCAG 2.1 A/AA violation in the light and the dark scheme, and that it
 * prints on A4 with each Code section on a page of its own. `.ci/run` installs Chromium; elsewhere the test is
 * skipped when there is none.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, repoRoot } from '../bin/scenario.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env['CI'])
  throw new Error(`${CHROMIUM} is missing: .ci/run installs it (apt-get install chromium)`);

const FORM = join(repoRoot, 'fixtures', 'docx', 'council-2024-table.docx');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

function assess(args: string[]): string {
  const r = spawnSync(process.execPath, [binPath, ...args], { encoding: 'utf8', cwd: repoRoot });
  if (r.status !== 0 && r.status !== 1) throw new Error(`assess ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

interface Finding {
  message: string;
  provision?: string;
}

describe.skipIf(!haveChromium)('the HTML report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let url: string;
  const requests: string[] = [];
  const errors: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'assess-report-'));

  beforeAll(async () => {
    const out = join(dir, 'report.html');
    writeFileSync(out, assess(['report', FORM]));
    url = pathToFileURL(out).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // bypassCSP lets the test inject axe-core; the page itself carries a CSP that forbids every fetch.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1200, height: 900 } });
    page = await context.newPage();
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('draws one bar per Code section with the counts of the form as normalised', async () => {
    const form = JSON.parse(assess(['normalise', FORM, '--format', 'json'])) as {
      provisions: { id: string; comply?: string }[];
    };
    const want = new Map<string, Record<string, number>>();
    for (const p of form.provisions) {
      const section = p.id.split('.')[0] as string;
      const counts = want.get(section) ?? {};
      const kind = p.comply?.toLowerCase() ?? 'missing';
      counts[kind] = (counts[kind] ?? 0) + 1;
      want.set(section, counts);
    }
    const bars = await page.$$eval('svg.chart g.bar', (gs) =>
      gs.map((g) => ({
        section: g.getAttribute('data-section'),
        segments: Object.fromEntries(
          [...g.querySelectorAll('rect.seg')].map((r) => [
            r.getAttribute('data-kind'),
            Number(r.getAttribute('data-count')),
          ]),
        ),
        width: [...g.querySelectorAll('rect.seg')].reduce((n, r) => n + (r as SVGRectElement).getBBox().width, 0),
      })),
    );
    expect(bars.map((b) => b.section)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    for (const bar of bars) {
      const counts = want.get(bar.section ?? '') ?? {};
      expect(bar.segments, `section ${bar.section}`).toEqual(
        Object.fromEntries(Object.entries(counts).map(([k, v]) => [k === 'n/a' ? 'n/a' : k, v])),
      );
    }
    // Every bar spans the same width: the shares of one section's provisions.
    const widths = bars.map((b) => Math.round(b.width));
    expect(new Set(widths).size).toBe(1);
    const label = await page.getAttribute('svg.chart', 'aria-labelledby');
    const desc = await page.textContent(`[id="${label?.split(' ')[1]}"]`);
    expect(desc).toMatch(/^Section 1, Definition of a complaint: \d+ Yes/);
  });

  it('shows every finding of the JSON report', async () => {
    const report = JSON.parse(assess(['check', FORM, '--format', 'json'])) as { files: { findings: Finding[] }[] };
    const findings = report.files[0]?.findings ?? [];
    expect(findings.length).toBeGreaterThan(5);
    const text = ((await page.textContent('main')) ?? '').replace(/\s+/g, ' ');
    for (const f of findings) expect(text).toContain(f.message.replace(/\s+/g, ' '));
    for (const f of findings.filter((x) => x.provision)) {
      const row = (await page.textContent(`tr[data-provision="${f.provision}"] >> nth=-1`)) ?? '';
      expect(row.replace(/\s+/g, ' ')).toContain(f.message.replace(/\s+/g, ' '));
    }
  });

  it('logs no error and requests nothing beyond itself', () => {
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('has no WCAG 2.1 A or AA violation (axe-core), in the light and the dark scheme', async () => {
    await page.addScriptTag({ path: axePath });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                ctx: Document,
                o: object,
              ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return result.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
      });
      expect(violations, colorScheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    // The check is live: a page without its language is caught.
    const control = await page.evaluate(async () => {
      document.documentElement.removeAttribute('lang');
      const axe = (
        window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string }[] }> } }
      ).axe;
      const result = await axe.run(document, { runOnly: { type: 'rule', values: ['html-has-lang'] } });
      document.documentElement.setAttribute('lang', 'en-GB');
      return result.violations.map((v) => v.id);
    });
    expect(control).toEqual(['html-has-lang']);
  });

  it('renders (a screenshot) and prints on A4, a page per Code section', async () => {
    const png = await page.screenshot({ fullPage: true });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(10);
    // A4 is 595 x 842 points.
    const box = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    expect([Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))]).toEqual([595, 842]);
  });
});
