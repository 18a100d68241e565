import { describe, expect, it } from 'vitest';
import { headerKey, parseMapping, resolveColumns } from '../../src/cases/columns.js';
import { loadAllCatalogues } from '../../src/catalogue/load.js';
import { windowsOf } from '../../src/cases/windows.js';

describe('case-log columns', () => {
  it.each([
    ['Date Received', 'received'],
    ['received_date', 'received'],
    ['Complaint Received', 'received'],
    ['Stage 1 Acknowledgement Date', 'stage1Acknowledged'],
    ['Date acknowledged (S1)', 'stage1Acknowledged'],
    ['stage one ack', 'stage1Acknowledged'],
    ['Stage 1 Response', 'stage1Response'],
    ['S1 Response Date', 'stage1Response'],
    ['Extension agreed', 'stage1Extension'],
    ['Extension Length (days)', 'stage1ExtensionDays'],
    ['Escalation Request Date', 'escalated'],
    ['Date Stage 2 Requested', 'escalated'],
    ['Stage 2 Acknowledged', 'stage2Acknowledged'],
    ['S2 Response', 'stage2Response'],
    ['Final response date', 'stage2Response'],
    ['S2 extension (working days)', 'stage2ExtensionDays'],
    ['Case Ref.', 'reference'],
    ['Complaint ID', 'reference'],
    ['Service Area', 'category'],
    ['Outcome', 'outcome'],
  ])('"%s" is %s', (header, field) => {
    const columns = resolveColumns(['Unrelated', header]);
    expect(columns, headerKey(header)).toEqual({ [field]: 1 });
  });

  it('leaves unknown headers unmapped, and the first column of a field wins', () => {
    expect(resolveColumns(['Notes', 'Date Received', 'Received'])).toEqual({ received: 1 });
  });

  it('takes a mapping file first', () => {
    const mapping = parseMapping('received: "When it came in"\nstage1Response: Reply sent\n');
    expect(mapping).toEqual({ received: 'When it came in', stage1Response: 'Reply sent' });
    expect(resolveColumns(['Ref', 'when it came in', 'REPLY SENT'], mapping as object)).toEqual({
      reference: 0,
      received: 1,
      stage1Response: 2,
    });
  });

  it('refuses a mapping to a heading the log does not have, or to an unknown field', () => {
    expect(resolveColumns(['Ref'], { received: 'Date In' })).toBe('received: no column "Date In" (columns: "Ref")');
    expect(parseMapping('recieved: Date In')).toMatch(/^unknown field "recieved" \(fields: reference,/);
    expect(parseMapping('- a\n- b')).toMatch(/^expected `field: "Column heading"`/);
    expect(parseMapping('received: [')).toMatch(/^not valid YAML/);
  });

  it('finds the log field of every window of every Code version', () => {
    const found = loadAllCatalogues().map((c) => [c.version, windowsOf(c).map((w) => `${w.limit.key}<${w.from}`)]);
    expect(found).toEqual([
      ['2020', ['stage1.acknowledge<received', 'stage1.respond<received', 'stage2.respond<escalated']],
      ['2022', ['stage1.acknowledge<received', 'stage1.respond<stage1Acknowledged', 'stage2.respond<escalated']],
      [
        '2024',
        [
          'stage1.acknowledge<received',
          'stage1.respond<stage1Acknowledged',
          'stage2.acknowledge<escalated',
          'stage2.respond<stage2Acknowledged',
        ],
      ],
      [
        'lgsco-2024',
        [
          'stage1.acknowledge<received',
          'stage1.respond<stage1Acknowledged',
          'stage2.acknowledge<escalated',
          'stage2.respond<stage2Acknowledged',
        ],
      ],
    ]);
  });
});

describe('columns that hold people, not dates', () => {
  it('does not take "Logged by" or "Responded by" for a date', () => {
    expect(resolveColumns(['Logged by', 'Responded by'])).toEqual({});
  });
});
