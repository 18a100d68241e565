import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { readStatements } from '../../src/normalise/statements/read-statements.js';
import { record } from '../helpers/assessment.js';

const c2024 = () => loadCatalogue('2024');

describe('reading statements from the landlord’s words', () => {
  it('quotes the sentence a timescale rests on and keeps the provision and location', () => {
    const s = readStatements(
      [
        record(
          {
            id: '6.10',
            comply: 'Yes',
            evidence: 'Policy 15. We respond to stage 2 complaints within 25 working days. Extensions are agreed.',
          },
          7,
        ),
      ],
      c2024(),
    );
    expect(s.timescales).toEqual([
      expect.objectContaining({
        stage: 2,
        kind: 'respond',
        quote: 'We respond to stage 2 complaints within 25 working days.',
        source: 'evidence',
        provision: '6.10',
        location: { line: 7 },
      }),
    ]);
  });

  it('tells windows apart inside one sentence', () => {
    const s = readStatements(
      [
        record({
          id: '5.1',
          comply: 'Yes',
          commentary: 'Stage 1 complaints are acknowledged within 5 working days and answered within 10 working days.',
        }),
      ],
      c2024(),
    );
    expect(s.timescales.map((t) => `${t.stage}.${t.kind}=${t.duration.maxWorkingDays}`)).toEqual([
      '1.acknowledge=5',
      '1.respond=10',
    ]);
  });

  it('never reads the requirement text', () => {
    const s = readStatements(
      [
        record({
          id: '6.14',
          comply: 'Yes',
          requirement: 'Landlords must issue a final response to the stage 2 within 40 working days',
          evidence: '',
        }),
      ],
      c2024(),
    );
    expect(s.timescales).toEqual([]);
  });

  it('skips periods that are not the landlord’s response windows', () => {
    const texts = [
      'Residents have 20 working days to request escalation to stage 2.',
      'We will not accept complaints about issues that occurred more than 12 months ago.',
      'We provide evidence to the Ombudsman within 15 working days.',
      '95% of stage 1 complaints were answered within 10 working days.',
      'Emergency repairs are attended within 24 hours and routine repairs within 28 days.',
    ];
    const s = readStatements(
      texts.map((t, i) => record({ id: `6.${i + 1}`, comply: 'Yes', evidence: t })),
      c2024(),
    );
    expect(s.timescales).toEqual([]);
  });

  it('reads stage counts and extra stages', () => {
    const s = readStatements(
      [
        record({
          id: '5.3',
          comply: 'Yes',
          evidence: 'We operate a three-stage complaints procedure. Stage 0 (informal) comes first.',
        }),
      ],
      c2024(),
    );
    expect(s.stageCounts.map((x) => x.count)).toEqual([3]);
    expect(s.extraStages.map((x) => x.name)).toEqual(['Stage 0']);
  });
});
