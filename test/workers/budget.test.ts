import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET, workerLimits } from '../../src/workers/budget.js';

describe('workerLimits: the heap a file worker gets', () => {
  it.each([
    [1, { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 64 }],
    [2, { maxOldGenerationSizeMb: 256 }],
    [8, { maxOldGenerationSizeMb: 256 }],
  ])('with %i worker(s): %j', (workers, limits) => {
    expect(workerLimits(DEFAULT_BUDGET, workers)).toEqual(limits);
  });

  it('keeps the budget as the old generation', () => {
    expect(workerLimits({ timeoutMs: 1000, maxMemoryMib: 48 }, 1).maxOldGenerationSizeMb).toBe(48);
  });
});
