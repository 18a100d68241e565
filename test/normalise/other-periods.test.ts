import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { timescaleStatements } from '../../src/normalise/statements/timescale-sentences.js';

const catalogue = loadCatalogue('2024');
const read = (sentence: string) =>
  timescaleStatements(sentence, undefined, catalogue).map((t) => `stage ${t.stage} ${t.kind} ${t.duration.text}`);

/** A resident's window, the Ombudsman's and a repair's are not the landlord's response window. */
describe('timescale sentences: whose window it is', () => {
  it.each([
    'A stage two request should be made within 28 working days of the stage one response.',
    'Complaints must be raised within 12 months of the issue.',
    'Residents have 20 working days to ask for a stage 2 review.',
    'You can escalate your complaint within 10 working days of our decision.',
    'Customers may request a review within 28 days of receiving the stage 1 response.',
    'Information requested by the Ombudsman is provided within 15 working days.',
    'Emergency repairs are attended within 24 hours.',
    '95% of stage 1 complaints were answered within 10 working days.',
  ])('not a response window: %s', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it.each([
    ['We respond to stage 2 complaints within 25 working days.', 'stage 2 respond 25 working days'],
    ['Stage 1 complaints are acknowledged within 5 working days.', 'stage 1 acknowledge 5 working days'],
    ['Stage 2 requests must be acknowledged within 5 working days.', 'stage 2 acknowledge 5 working days'],
    [
      'We will respond to a stage 1 complaint within 10 working days of acknowledging it.',
      'stage 1 respond 10 working days',
    ],
  ])('a response window: %s', (sentence, reading) => {
    expect(read(sentence)).toEqual([reading]);
  });
});
