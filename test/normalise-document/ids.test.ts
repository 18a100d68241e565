import { describe, expect, it } from 'vitest';
import { parseId, splitLeadingId } from '../../src/normalise/document/ids.js';

describe('parseId', () => {
  it.each([
    ['6.14', '6.14'],
    ['6.14.', '6.14'],
    ['  6.14 ', '6.14'],
    ['Provision 6.14', '6.14'],
    ['Code provision 6.14', '6.14'],
    ['6.14 (a)', '6.14'],
    ['6.14a', '6.14'],
    ['06.04', '6.4'],
    ['Q4.3', 'Q4.3'],
    ['6,14', '6,14'],
  ])('%j → %s', (text, id) => {
    expect(parseId(text)).toBe(id);
  });

  it.each(['', 'Section 1', '1', '3.1.1', '2024', 'Yes', '6.14 Landlords must', 'Policy 6.14'])(
    '%j is not an id cell',
    (text) => {
      expect(parseId(text)).toBeUndefined();
    },
  );
});

describe('splitLeadingId', () => {
  it('splits an id printed before the requirement text', () => {
    expect(splitLeadingId('6.14 Landlords must issue a final response')).toEqual({
      id: '6.14',
      rest: 'Landlords must issue a final response',
    });
    expect(splitLeadingId('6.14. Landlords must')).toEqual({ id: '6.14', rest: 'Landlords must' });
    expect(splitLeadingId('Provision 2.1 – Landlords must')).toEqual({ id: '2.1', rest: 'Landlords must' });
  });

  it('does not take a quantity or a policy reference for an id', () => {
    expect(splitLeadingId('1.5 days on average')).toBeUndefined();
    expect(splitLeadingId('3.1.1 of the policy')).toBeUndefined();
    expect(splitLeadingId('Landlords must 6.14')).toBeUndefined();
    expect(splitLeadingId('10.5% of complaints')).toBeUndefined();
  });
});
