import { describe, expect, it } from 'vitest';
import { chooseJobs, machineLimits, workerBytes } from '../../src/scan/jobs.js';

const GB = 2 ** 30;

describe('chooseJobs', () => {
  it('no --jobs: every core, as far as memory allows (the heap limit and 100 MB a worker), silently', () => {
    expect(chooseJobs(undefined, { cores: 8, memory: 16 * GB }, 100)).toEqual({ jobs: 8 });
    expect(chooseJobs(undefined, { cores: 8, memory: 1 * GB }, 100)).toEqual({ jobs: 5 });
    expect(chooseJobs(undefined, { cores: 1, memory: 16 * GB }, 100)).toEqual({ jobs: 1 });
  });

  it('a --jobs within the limits is kept', () => {
    expect(chooseJobs(1, { cores: 8, memory: 16 * GB }, 100)).toEqual({ jobs: 1 });
    expect(chooseJobs(8, { cores: 8, memory: 16 * GB }, 100)).toEqual({ jobs: 8 });
    expect(chooseJobs(5, { cores: 8, memory: 1 * GB }, 100)).toEqual({ jobs: 5 });
  });

  it('a larger --jobs is capped by the cores, with the reason', () => {
    expect(chooseJobs(8, { cores: 2, memory: 16 * GB }, 100)).toEqual({
      jobs: 2,
      capped: '--jobs 8 capped to 2 (2 cores)',
    });
    expect(chooseJobs(4, { cores: 1, memory: 16 * GB }, 100)).toEqual({
      jobs: 1,
      capped: '--jobs 4 capped to 1 (1 core)',
    });
    // Both limits equal: the cores are named.
    expect(chooseJobs(9, { cores: 5, memory: 1 * GB }, 100).capped).toBe('--jobs 9 capped to 5 (5 cores)');
  });

  it('or by the memory', () => {
    expect(chooseJobs(8, { cores: 16, memory: 1 * GB }, 100)).toEqual({
      jobs: 5,
      capped: '--jobs 8 capped to 5 (1.0 GB of memory, about 200 MB a worker)',
    });
    expect(chooseJobs(4, { cores: 16, memory: 512 * 2 ** 20 }, 100)).toEqual({
      jobs: 2,
      capped: '--jobs 4 capped to 2 (512 MB of memory, about 200 MB a worker)',
    });
  });

  it('the heap limit counts: a larger --max-memory allows fewer workers', () => {
    expect(chooseJobs(undefined, { cores: 8, memory: 4 * GB }, 256).jobs).toBe(8);
    expect(chooseJobs(undefined, { cores: 16, memory: 4 * GB }, 256).jobs).toBe(11);
    expect(chooseJobs(8, { cores: 16, memory: 4 * GB }, 924).capped).toBe(
      '--jobs 8 capped to 4 (4.0 GB of memory, about 1.0 GB a worker)',
    );
  });

  it('never fewer than one worker, however little there is', () => {
    expect(chooseJobs(3, { cores: 0, memory: 0 }, 100)).toEqual({ jobs: 1, capped: '--jobs 3 capped to 1 (1 core)' });
    expect(chooseJobs(undefined, { cores: 4, memory: workerBytes(100) - 1 }, 100)).toEqual({ jobs: 1 });
    expect(chooseJobs(2, { cores: 4, memory: 100 * 2 ** 20 }, 100).jobs).toBe(1);
  });
});

describe('machineLimits', () => {
  it('reads this machine: at least one core and some memory', () => {
    const limits = machineLimits();
    expect(limits.cores).toBeGreaterThanOrEqual(1);
    expect(limits.memory).toBeGreaterThan(0);
    expect(Number.isFinite(limits.memory)).toBe(true);
  });
});
