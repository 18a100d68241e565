/** A byte count for a message: "0.3 MiB", "7.5 MiB", "50 MiB". */
export const mib = (n: number): string => {
  const v = n / 2 ** 20;
  return `${v >= 10 ? Math.round(v) : Number(v.toFixed(1))} MiB`;
};
