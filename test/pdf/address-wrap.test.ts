import { describe, expect, it } from 'vitest';
import { joinLines } from '../../src/ingest/pdf/clean-text.js';

describe('joining a web address wrapped inside itself', () => {
  it.each([
    [
      ['Yes - https://www.council.gov', '.uk/sites/default/files/customer_fe', 'edback_policy.pdf'],
      'Yes - https://www.council.gov.uk/sites/default/files/customer_feedback_policy.pdf',
    ],
    [
      ['Published at www.homes.org.uk/complaints', '/policy.pdf'],
      'Published at www.homes.org.uk/complaints/policy.pdf',
    ],
  ])('%j', (lines, joined) => {
    expect(joinLines(lines, ' ')).toBe(joined);
  });

  it.each([
    [['See www.example.org', 'for details'], 'See www.example.org for details'],
    [['See www.example.org.', 'Then we reply'], 'See www.example.org. Then we reply'],
    [['Policy section', 'eight'], 'Policy section eight'],
  ])('leaves ordinary wraps alone: %j', (lines, joined) => {
    expect(joinLines(lines, ' ')).toBe(joined);
  });
});
