import { describe, expect, it } from 'vitest';
import { HEADER, rulesOf, runOn } from '../cases/helpers.js';

describe('case-late', () => {
  it('reports a response after the window, counting bank holidays out', async () => {
    // Received Fri 19 Dec 2025: 5 working days end on Tue 30 Dec (Christmas and Boxing Day skipped).
    const run = await runOn(`${HEADER}\nA,19/12/2025,30/12/2025,,,,,,,\nB,19/12/2025,31/12/2025,,,,,,,\n`, {
      asOf: '2026-01-02',
    });
    expect(rulesOf(run, 'case-late')).toEqual([
      '3 B: stage 1 acknowledgement took 6 working days (limit 5), from receipt of the complaint on 2025-12-19 to 2025-12-31',
    ]);
    expect(run.report.findings.find((f) => f.rule === 'case-late')).toMatchObject({
      severity: 'error',
      provision: '6.2',
    });
  });

  it('counts an extension only up to the Code maximum', async () => {
    // Stage 1 response 25 working days after acknowledgement, with a 20-day extension agreed: 10 + 10 allowed.
    const run = await runOn(`${HEADER}\nA,06/01/2025,07/01/2025,11/02/2025,20/01/2025,20,,,,\n`);
    expect(rulesOf(run, 'case-late')).toEqual([
      '2 A: stage 1 response took 25 working days (limit 10 + 10 of the 20-day extension agreed), from acknowledgement of the complaint on 2025-01-07 to 2025-02-11',
    ]);
  });
});
