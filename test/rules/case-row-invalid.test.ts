import { describe, expect, it } from 'vitest';
import { HEADER, rulesOf, runOn } from '../cases/helpers.js';

describe('case-row-invalid', () => {
  it('reports impossible dates, bad lengths and malformed rows with their lines', async () => {
    const run = await runOn(
      `${HEADER}\nA,29/02/2023,,,,,,,,\nB,01/03/2023,02/03/2023,,,ten,,,,\nC,01/03/2023\nD,28/02/2024,29/02/2024,,,,,,,\n`,
    );
    expect(rulesOf(run, 'case-row-invalid')).toEqual([
      '2 A: date received "29/02/2023": February 2023 has no day 29',
      '3 B: stage 1 extension length (working days): "ten" is not a number of working days',
      '4 malformed row: 2 fields where the header has 10',
    ]);
    expect(run.report.cases).toMatchObject({ rowsRead: 4, rowsUnusable: 3 });
  });
});
