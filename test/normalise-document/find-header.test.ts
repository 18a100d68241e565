import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/ingest/document.js';
import { cellRole, headerOf, inferColumns } from '../../src/normalise/document/find-header.js';
import { HEADER_2022, HEADER_2024 } from './helpers.js';

const row = (cells: string[]): Row => ({ cells: cells.map((text) => ({ text })), location: {} });
const roles = (cells: string[]): (string | undefined)[] => {
  const h = headerOf(row(cells));
  return h ? cells.map((_, i) => h.roles.get(i)) : [];
};

describe('cellRole', () => {
  it.each([
    ['Code provision', 'id'],
    ['Code section', 'id'],
    ['Ref', 'id'],
    ['Code requirement', 'requirement'],
    ['Question', 'requirement'],
    ['Comply: Yes / No', 'answer'],
    ['Do we comply?', 'answer'],
    ['Compliant?', 'answer'],
    ['Evidence', 'evidence'],
    ['Commentary / explanation', 'commentary'],
    ['Evidence, commentary and any explanations', 'combined'],
    ['Yes', 'yes'],
    ['No', 'no'],
    ['Section 2 – Accessibility\nCode section', 'id'],
  ])('%j → %s', (label, role) => {
    expect(cellRole(label)).toBe(role);
  });

  it('does not take prose or the 2020 title for a label', () => {
    expect(cellRole('Compliance with the Complaint Handling Code')).toBeUndefined();
    expect(cellRole('Definition of a complaint')).toBeUndefined();
  });
});

describe('headerOf', () => {
  it('maps the 2024 and 2022 headers', () => {
    expect(roles(HEADER_2024)).toEqual(['id', 'requirement', 'answer', 'evidence', 'commentary']);
    expect(roles(HEADER_2022)).toEqual(['id', 'requirement', 'answer', 'combined']);
  });

  it('maps the 2020 header with a section title glued to its Yes / No columns', () => {
    expect(roles(['1', 'Definition of a complaint', 'Yes', 'No'])).toEqual(['id', 'requirement', 'yes', 'no']);
  });

  it('does not take data rows for headers', () => {
    expect(headerOf(row(['1.4', 'Staff training', 'Yes', 'Evidence of training', '']))).toBeUndefined();
    expect(headerOf(row(['', 'Are these exclusions fair?', 'Yes', '']))).toBeUndefined();
    expect(headerOf(row(['Yes', 'No']))).toBeUndefined();
    expect(headerOf(row(['Section 1 - Definition of a complaint']))).toBeUndefined();
  });
});

describe('inferColumns', () => {
  it('finds id, requirement, answer, evidence and commentary columns in a headerless table', () => {
    const map = inferColumns([
      row(['1.2', 'A long requirement text about complaints', 'Yes', 'Policy 1', '']),
      row(['1.3', 'Another long requirement text', 'No', '', 'Under review']),
      row(['1.4', 'A third requirement', 'Yes', 'Policy 3', 'ok']),
    ]);
    expect(map && [0, 1, 2, 3, 4].map((c) => map.roles.get(c))).toEqual([
      'id',
      'requirement',
      'answer',
      'evidence',
      'commentary',
    ]);
  });

  it('gives up on a table with no answers', () => {
    expect(inferColumns([row(['Name', 'Acme']), row(['Date', '2024'])])).toBeUndefined();
  });
});
