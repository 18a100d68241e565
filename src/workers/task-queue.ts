/**
 * The order in which pool workers take their tasks. Each worker keeps to one kind of task (for a scan,
 * one reader: DOCX, PDF or YAML) while that kind lasts; a worker that runs out takes the kind with the
 * most tasks left that no other worker is on, else the kind with the most tasks left. Within a kind,
 * tasks go in list order.
 *
 * Why: a worker that has run both mammoth and pdf.js holds both libraries' code and data, and V8 sizes
 * its heap from what survives, so workers fed a mix grew about half as large again as workers fed one
 * kind (see bench/results.md). Results are put back in list order by the pool, so the order of taking
 * changes nothing in the output.
 */

export interface Taken {
  index: number;
  kind: string;
}

export interface TaskQueue {
  /**
   * The next task for a worker now on `kind` (undefined: it has had none), given the kinds the other
   * workers are on.
   */
  take(kind: string | undefined, othersOn: readonly (string | undefined)[]): Taken | undefined;
  /** Tasks not yet taken. */
  left(): number;
  /** Tasks of `kind` not yet taken. */
  leftOf(kind: string): number;
}

export function taskQueue(kinds: readonly string[]): TaskQueue {
  const byKind = new Map<string, number[]>();
  kinds.forEach((kind, index) => {
    const list = byKind.get(kind);
    if (list) list.push(index);
    else byKind.set(kind, [index]);
  });
  const cursor = new Map<string, number>([...byKind.keys()].map((k) => [k, 0]));
  const remaining = (kind: string): number => (byKind.get(kind)?.length ?? 0) - (cursor.get(kind) ?? 0);
  let left = kinds.length;

  const next = (kind: string): Taken | undefined => {
    if (remaining(kind) <= 0) return undefined;
    const at = cursor.get(kind) ?? 0;
    cursor.set(kind, at + 1);
    left--;
    return { index: (byKind.get(kind) as number[])[at] as number, kind };
  };

  /** The kind with the most tasks left, preferring kinds nobody else is on; ties go to the kind listed first. */
  const choose = (othersOn: readonly (string | undefined)[]): string | undefined => {
    let best: { kind: string; free: boolean; n: number } | undefined;
    for (const kind of byKind.keys()) {
      const n = remaining(kind);
      if (n <= 0) continue;
      const free = !othersOn.includes(kind);
      if (!best || (free && !best.free) || (free === best.free && n > best.n)) best = { kind, free, n };
    }
    return best?.kind;
  };

  return {
    take(kind, othersOn) {
      const same = kind !== undefined ? next(kind) : undefined;
      if (same) return same;
      const other = choose(othersOn);
      return other !== undefined ? next(other) : undefined;
    },
    left: () => left,
    leftOf: (kind) => Math.max(0, remaining(kind)),
  };
}
