import { describe, expect, it } from 'vitest';
import { extraStage } from '../../src/normalise/statements/stage-sentences.js';

/** Extra stages in the landlord's own words (the Ombudsman's most common finding), and what is not one. */
describe('extraStage', () => {
  it.each([
    ['Concerns are first handled at Stage 0 (informal complaint).', 'Stage 0'],
    ['We log issues at a pre-complaint stage first.', 'pre-complaint stage'],
    ['We acknowledge the informal stage within two working days.', 'informal stage'],
    ['If not resolved informally, a formal investigation takes place.', 'resolved informally first'],
    ['Where the matter cannot be resolved informally we open a stage 1 complaint.', 'resolved informally first'],
    ['We always try to resolve it informally first.', 'resolved informally first'],
    ['Complaints are dealt with informally in the first instance by the housing officer.', 'resolved informally first'],
    [
      'All expressions of dissatisfaction go through our Resolve Together process before a formal stage 1 is opened.',
      'Resolve Together process',
    ],
    ['A formal stage 1 is logged only as a follow-on.', 'a step before stage 1'],
    ['Stage one complaints are opened only if the resident is still unhappy after 48 hours.', 'a step before stage 1'],
    ['Residents are offered an informal resolution process.', 'informal resolution process'],
    ['Our first contact resolution stage aims to answer within 24 hours.', 'first contact resolution stage'],
  ])('%s', (sentence, name) => {
    expect(extraStage(sentence)).toBe(name);
  });

  it.each([
    'We do not have a stage 0 or informal stage.',
    "As the Code says, extra named stages such as 'stage 0' are not appropriate.",
    'We operate a two stage process: stage 1 and stage 2.',
    'A stage 1 complaint is only closed when the resident has had our response.',
    'Service requests are handled by the Repairs team before a formal complaint is needed.',
    'We aim for early resolution within stage 1.',
    'Our Customer Services team logs every complaint at stage 1 within 5 working days.',
    'We no longer operate an informal stage.',
    'Complaints are resolved at stage 1 wherever possible.',
  ])('not an extra stage: %s', (sentence) => {
    expect(extraStage(sentence)).toBeUndefined();
  });
});
