import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/normalise/answer.js';

describe('parseAnswer', () => {
  it.each([
    ['Yes', { comply: 'yes' }],
    ['yes', { comply: 'yes' }],
    ['YES.', { comply: 'yes' }],
    ['yes – see below', { comply: 'yes', rawAnswer: 'yes – see below' }],
    ['Partially', { comply: 'partial' }],
    ['Partial', { comply: 'partial' }],
    ['No', { comply: 'no' }],
    ['No - we are reviewing the policy', { comply: 'no', rawAnswer: 'No - we are reviewing the policy' }],
    ['N/A', { comply: 'n/a' }],
    ['n/a', { comply: 'n/a' }],
    ['Not applicable', { comply: 'n/a' }],
    ['Yes/No', { rawAnswer: 'Yes/No' }],
    ['Yes / No / Partial', { rawAnswer: 'Yes / No / Partial' }],
    ['*****', { rawAnswer: '*****' }],
    ['Comply', { rawAnswer: 'Comply' }],
    ['', {}],
    ['  \n ', {}],
    ['Slightly differently, but yes.', { rawAnswer: 'Slightly differently, but yes.' }],
    ['Noted', { rawAnswer: 'Noted' }],
    ['Yesterday', { rawAnswer: 'Yesterday' }],
  ] as const)('%j', (text, expected) => {
    expect(parseAnswer(text)).toEqual(expected);
  });
});
