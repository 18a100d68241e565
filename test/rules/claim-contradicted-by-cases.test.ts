import { describe, expect, it } from 'vitest';
import { contradictedClaims } from '../../src/cases/contradictions.js';
import type { Assessment } from '../../src/normalise/assessment.js';
import { HEADER, runOn } from '../cases/helpers.js';

const form = (comply: 'yes' | 'no'): Assessment =>
  ({
    file: 'form.yaml',
    provisions: [{ id: '6.14', comply, evidence: 'Policy 8', commentary: '', location: { line: 40, column: 5 } }],
  }) as unknown as Assessment;

describe('claim-contradicted-by-cases', () => {
  it('reports a Yes to 6.14 when over a tenth of stage 2 responses were late, with the figure', async () => {
    // Stage 2 acknowledged 04/02/2025: 20 working days end on 04/03/2025; B answers on 05/03.
    const rows = ['A', 'B', 'C'].map(
      (ref) =>
        `${ref},06/01/2025,07/01/2025,21/01/2025,,,03/02/2025,04/02/2025,${ref === 'B' ? '05/03/2025' : '04/03/2025'},`,
    );
    const run = await runOn([HEADER, ...rows].join('\n'));
    const windows = run.report.cases?.windows ?? [];
    expect(contradictedClaims(form('yes'), windows, 'log.csv')).toEqual([
      {
        provision: '6.14',
        message:
          '6.14 answered Yes, but 1 of 3 stage 2 responses in log.csv (33%) were late: limit 20 working days from acknowledgement of the stage 2 request',
        location: { line: 40, column: 5 },
      },
    ]);
    expect(contradictedClaims(form('no'), windows, 'log.csv')).toEqual([]);
  });

  it('is silent when the late share is a tenth or less', async () => {
    const rows = Array.from(
      { length: 10 },
      (_, i) =>
        `R${i},06/01/2025,07/01/2025,21/01/2025,,,03/02/2025,04/02/2025,${i === 0 ? '05/03/2025' : '04/03/2025'},`,
    );
    const run = await runOn([HEADER, ...rows].join('\n'));
    expect(contradictedClaims(form('yes'), run.report.cases?.windows ?? [], 'log.csv')).toEqual([]);
  });
});
