import { describe, expect, it } from 'vitest';
import { junit, xmlAttr, xmlText } from '../../src/report/formatters/junit.js';
import type { Report } from '../../src/report/types.js';
import { BROKEN, CLEAN, ctx, DOCX, emptyReport, PDF, richReport, YAML } from './fixtures.js';

/**
 * A tiny well-formedness check: prolog, balanced tags, quoted attributes, only known entities, no raw control chars.
 */
function checkWellFormed(xml: string): void {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const body = xml.slice(xml.indexOf('?>') + 2);
  expect(body, 'characters XML 1.0 cannot carry').not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  expect(body.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);/g, '')).not.toContain('&');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  let roots = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    expect(body.slice(last, m.index), 'text between tags').not.toMatch(/[<>]/);
    last = tag.lastIndex;
    const [, close, name, , selfClosing] = m;
    if (close) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    } else if (stack.length === 0) roots++;
  }
  expect(body.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

const count = (s: string, sub: string): number => s.split(sub).length - 1;

/** The XML of one testsuite. */
function suite(xml: string, file: string): string {
  const start = xml.indexOf(`<testsuite name="${xmlAttr(file)}"`);
  expect(start, file).toBeGreaterThan(-1);
  return xml.slice(start, xml.indexOf('</testsuite>', start) + '</testsuite>'.length);
}

describe('junit formatter', () => {
  const xml = junit(richReport, ctx);

  it('is well-formed XML', () => {
    checkWellFormed(xml);
    checkWellFormed(junit(emptyReport, ctx));
  });

  it('has a root with the totals and one testsuite per file', () => {
    expect(xml).toContain('<testsuites name="assess" tests="11" failures="6" errors="1">');
    expect(count(xml, '<testsuite ')).toBe(richReport.files.length);
    expect(count(xml, '<testcase ')).toBe(11);
    expect(count(xml, '<failure ')).toBe(7);
    expect(count(xml, '<error ')).toBe(1);
  });

  it('is an empty root for an empty report', () => {
    expect(junit(emptyReport, ctx)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="assess" tests="0" failures="0" errors="0">\n</testsuites>\n',
    );
  });

  it('passes a clean file as its one "(document)" case', () => {
    const s = suite(xml, CLEAN);
    expect(s).toContain('<testsuite name="forms/clean.yaml" tests="1" failures="0" errors="0" skipped="0">');
    expect(s).toContain('<testcase classname="forms/clean.yaml" name="(document)" file="forms/clean.yaml"/>');
    expect(s).toContain('<property name="provisions_expected" value="42"/>');
  });

  it('reports an unreadable file as an error of its "(document)" case', () => {
    const s = suite(xml, BROKEN);
    expect(s).toContain('tests="1" failures="0" errors="1"');
    expect(s).toContain(
      '<error message="The file is password-protected." type="unreadable-document">The file is password-protected.\nHint: Remove the password &amp; save again.\nSeverity: error</error>',
    );
    expect(s).not.toContain('<failure');
    expect(s).not.toContain('provisions_expected');
  });

  it('has one case per provision with findings, a failure per error or warning, info as output', () => {
    const pdf = suite(xml, PDF);
    expect(pdf).toContain('tests="3" failures="2" errors="0"');
    expect(pdf).toContain('<testcase classname="forms/northern.pdf" name="5.1" file="forms/northern.pdf">');
    expect(pdf).toContain(
      '<failure message="Stage 2 responses within 25 working days; the Code allows 20." type="timescale-breach">Stage 2 responses within 25 working days; the Code allows 20.\nHint: Respond within 20 working days of acknowledging the complaint.\nLocation: page 3, line 7\nSeverity: error</failure>',
    );
    // The info finding has no provision: it is output of the passing "(document)" case.
    expect(pdf).toMatch(
      /name="\(document\)" file="forms\/northern.pdf">\s*<system-out>info stage-count: The process names 3 stages/,
    );

    const docx = suite(xml, DOCX);
    expect(docx).toContain('tests="4" failures="2" errors="0"');
    expect(docx).toMatch(/name="4\.2" file="forms\/riverside.docx">\s*<system-out>info missing-evidence:/);
    expect(docx).toContain('<property name="landlord" value="Riverside &quot;Homes&quot;, Ltd"/>');

    const yaml = suite(xml, YAML);
    expect(yaml).toContain(
      `<testsuite name="forms/Ærø Homes 2024.yaml" tests="2" failures="2" errors="0" skipped="0">`,
    );
    // Two findings on 1.2: one case, two failures; the file-level warning fails "(document)".
    expect(count(yaml, 'name="1.2"')).toBe(1);
    expect(count(yaml, '<failure ')).toBe(3);
    expect(yaml).toMatch(
      /name="\(document\)" file="[^"]+">\s*<failure message="A &quot;stage 0&quot; is named." type="extra-stage">/,
    );
  });

  it('escapes markup, quotes, line breaks and control characters', () => {
    expect(xml).toContain(
      '<failure message="Yes answer with | no evidence&#10;at all: 100% sure, &quot;really&quot;" type="missing-evidence">',
    );
    expect(xml).toContain('Hint: Cite the policy, section &amp; page &lt;here&gt;.');
    expect(xml).toContain('message="Provision 1.2 appears twice.&#13;&#10;Control\\u0001char, colon: comma"');
    expect(xml).toContain(
      '>Provision 1.2 appears twice.&#13;\nControl\\u0001char, colon: comma\nLocation: line 20:5\nSeverity: warning</failure>',
    );
  });

  it('escapes every character XML cannot carry raw', () => {
    expect(xmlText('a\u0000b\u001Fc\td\ne')).toBe('a\\u0000b\\u001Fc\td\ne');
    expect(xmlText('del\u007Fc1\u0085')).toBe('del&#x007F;c1&#x0085;');
    expect(xmlText('lone \uD800 high, \uDC00 low, pair \uD83D\uDE00, \uFFFF')).toBe(
      'lone \uFFFD high, \uFFFD low, pair \uD83D\uDE00, \uFFFD',
    );
    expect(xmlAttr(`<a href='x'>&"\t`)).toBe('&lt;a href=&apos;x&apos;&gt;&amp;&quot;&#9;');
    const nasty: Report = structuredClone(richReport);
    nasty.files[1]!.file = 'forms/<clean> & "odd" \u0007.yaml';
    checkWellFormed(junit(nasty, ctx));
  });

  it('is deterministic', () => {
    expect(junit(structuredClone(richReport), ctx)).toBe(xml);
  });
});
