import { describe, expect, it } from 'vitest';
import { findLandlord as find, landlordFromFileName } from '../../src/normalise/document/landlord.js';
import { findPeriod } from '../../src/normalise/document/period.js';
import { doc, para, table } from './helpers.js';

/** The name found, prefixed "file:" when only the file name gave it. */
const findLandlord = (...args: Parameters<typeof find>): string => {
  const found = find(...args);
  return found.source === 'document' ? found.name : `file:${found.name}`;
};

describe('findLandlord', () => {
  it.each([
    ['Landlord: Example Housing Association', 'Example Housing Association'],
    ['Name of landlord – Riverside Homes Ltd', 'Riverside Homes Ltd'],
    ["Based on Cannock Chase Council's Customer Feedback and Complaints Policy", 'Cannock Chase Council'],
    ['Acme Homes self-assessment 2024', 'Acme Homes'],
    ['Acme Homes – Complaint Handling Code self-assessment', 'Acme Homes'],
    ["Northfield Council's Complaint Handling Code self-assessment", 'Northfield Council'],
    ['Appendix B: Northgate Homes self-assessment', 'Northgate Homes'],
    ['Annex 2 – Acme Homes – Complaint Handling Code self-assessment', 'Acme Homes'],
  ])('%j → %s', (text, name) => {
    expect(findLandlord(doc(para(text)), 'form.docx')).toBe(name);
  });

  it('ignores generic titles and falls back to the file name', () => {
    expect(
      findLandlord(
        doc(para('Self-assessment form 2024', 1), para('Complaints handling code, self-assessment 2022-23')),
        'acme-homes-2024.docx',
      ),
    ).toBe('file:acme homes');
    expect(
      findLandlord(
        doc(para('Housing Ombudsman Complaint Handling Code: Self-assessment form')),
        'x/Riverside_Homes_CHC_self_assessment_v2.docx',
      ),
    ).toBe('file:Riverside Homes');
  });

  it('takes a top heading that is just an organisation name', () => {
    expect(
      findLandlord(
        doc(
          para('Riverside Community Housing', 1),
          para('Complaint Handling Code self-assessment 2024, approved by the Board.'),
        ),
        'f.docx',
      ),
    ).toBe('Riverside Community Housing');
    expect(
      findLandlord(
        doc(para('Riverside Community Housing'), para('Complaint Handling Code self-assessment 2024')),
        'f.pdf',
      ),
    ).toBe('Riverside Community Housing');
    expect(findLandlord(doc(para('Section 1: Definition of a complaint', 1)), 'acme.docx')).toBe('file:acme');
  });

  it('reads a "Landlord | Name" table row and the document title', () => {
    expect(
      findLandlord(
        doc(
          table([
            ['Landlord', 'Greenway Housing Trust'],
            ['Date approved', '1 May 2024'],
          ]),
        ),
        'f.docx',
      ),
    ).toBe('Greenway Housing Trust');
    expect(findLandlord({ ...doc(para('Intro')), title: 'Greenway Housing Trust self-assessment' }, 'f.docx')).toBe(
      'Greenway Housing Trust',
    );
  });
});

describe('landlordFromFileName', () => {
  it.each([
    ['acme-homes-2024.docx', 'acme homes'],
    ['/tmp/Acme Homes 2023-24 final.pdf', 'Acme Homes'],
    ['self-assessment.docx', 'self-assessment'],
  ])('%j → %s', (file, name) => {
    expect(landlordFromFileName(file)).toBe(name);
  });
});

describe('findPeriod', () => {
  it.each([
    ['B3Living – Complaint Handling Code self-assessment 2022-23', '2022-23'],
    ['Complaints handling code, self-assessment 2022-23', '2022-23'],
    ['Self-assessment 2023/24', '2023-24'],
    ['Cannock Chase Council – Complaint Handling Code self-assessment 2020', '2020'],
    ['Self-assessment form 2024', undefined],
    ['Minutes of the meeting, 2024', undefined],
  ])('%j → %s', (text, period) => {
    expect(findPeriod(doc(para(text, 1)))).toBe(period);
  });
});
