import { describe, expect, it } from 'vitest';
import { taskQueue } from '../../src/workers/task-queue.js';

/** Drain a queue with workers taking turns; each worker's sequence of task indexes. */
function drain(kinds: string[], workers: number): number[][] {
  const queue = taskQueue(kinds);
  const on: (string | undefined)[] = Array.from({ length: workers }, () => undefined);
  const got: number[][] = Array.from({ length: workers }, () => []);
  for (let turn = 0; queue.left() > 0; turn = (turn + 1) % workers) {
    const taken = queue.take(
      on[turn],
      on.filter((_, w) => w !== turn),
    );
    if (!taken) break;
    on[turn] = taken.kind;
    got[turn]?.push(taken.index);
  }
  return got;
}

describe('taskQueue', () => {
  it.each([
    { name: 'one kind: list order', kinds: ['x', 'x', 'x'], workers: 1, expected: [[0, 1, 2]] },
    {
      name: 'one worker: the largest kind first, then the next, list order within each',
      kinds: ['a', 'b', 'b', 'a', 'b'],
      workers: 1,
      expected: [[1, 2, 4, 0, 3]],
    },
    {
      name: 'two workers, two kinds: one kind each',
      kinds: ['a', 'b', 'a', 'b', 'a', 'b'],
      workers: 2,
      expected: [
        [0, 2, 4],
        [1, 3, 5],
      ],
    },
    {
      name: 'a worker out of its kind takes a kind nobody is on, then helps with the rest',
      kinds: ['a', 'a', 'a', 'a', 'b', 'c'],
      workers: 2,
      expected: [
        [0, 1, 2],
        [4, 5, 3],
      ],
    },
    { name: 'ties go to the kind listed first', kinds: ['p', 'd'], workers: 1, expected: [[0, 1]] },
    { name: 'nothing to do', kinds: [], workers: 2, expected: [[], []] },
  ])('$name', ({ kinds, workers, expected }) => {
    expect(drain(kinds, workers)).toEqual(expected);
  });

  it('hands out every task exactly once', () => {
    const kinds = Array.from({ length: 200 }, (_, i) => ['docx', 'pdf', 'yaml'][(i * 7) % 3] as string);
    const got = drain(kinds, 3)
      .flat()
      .sort((a, b) => a - b);
    expect(got).toEqual(kinds.map((_, i) => i));
  });
});
