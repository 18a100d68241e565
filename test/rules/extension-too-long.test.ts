import { describe, expect, it } from 'vitest';
import { HEADER, rulesOf, runOn } from '../cases/helpers.js';

describe('extension-too-long', () => {
  it('reports an extension longer than the version allows (2024: 10 at stage 1, 20 at stage 2)', async () => {
    const run = await runOn(
      `${HEADER}\nA,06/01/2025,07/01/2025,21/01/2025,20/01/2025,15,,,,\nB,06/01/2025,07/01/2025,21/01/2025,20/01/2025,10,03/02/2025,04/02/2025,04/03/2025,20\n`,
    );
    expect(rulesOf(run, 'extension-too-long')).toEqual([
      '2 A: stage 1 extension of 15 working days, more than the 10 the 2024 Code allows',
    ]);
    // 2022 allows 10 at stage 2: B's 20 is too long there.
    const stage2 = `${HEADER}\nB,06/01/2025,07/01/2025,21/01/2025,,,03/02/2025,04/02/2025,04/03/2025,20\n`;
    expect(rulesOf(await runOn(stage2, { code: '2022' }), 'extension-too-long')).toEqual([
      '2 B: stage 2 extension of 20 working days, more than the 10 the 2022 Code allows',
    ]);
  });
});
