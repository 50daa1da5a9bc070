/** Plain-text tables for benchmark output: a header row, a rule, and right-aligned cells after the first column. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

export const ms = (value: number): string => value.toFixed(value < 10 ? 1 : 0);
export const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);
export const ratio = (value: number): string => `${value.toFixed(1)}×`;
