import { describe, expect, it } from 'vitest';
import { HEADER, rulesOf, runOn } from '../cases/helpers.js';

describe('case-overdue', () => {
  it('reports an open case past its window as of --as-of, and not one still within it', async () => {
    const log = `${HEADER}\nA,01/12/2025,02/12/2025,,,,,,,\nB,15/12/2025,16/12/2025,,,,,,,\n`;
    const run = await runOn(log, { asOf: '2025-12-31' });
    expect(rulesOf(run, 'case-overdue')).toEqual([
      '2 A: stage 1 response still open after 19 working days as of 2025-12-31 (limit 10, due 2025-12-16), from acknowledgement of the complaint on 2025-12-02',
    ]);
    expect(rulesOf(await runOn(log, { asOf: '2025-12-10' }), 'case-overdue')).toEqual([]);
  });
});
