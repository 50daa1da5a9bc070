/** Offsets of line starts, for turning text offsets into zero-based line and column (UTF-16 units). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function offsetToLineColumn(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, column: offset - starts[low] };
}

export function lineColumnToOffset(starts: number[], line: number, column: number, length: number): number {
  if (line < 0) return 0;
  if (line >= starts.length) return length;
  const lineEnd = line + 1 < starts.length ? starts[line + 1] : length;
  return Math.min(starts[line] + Math.max(0, column), lineEnd, length);
}
