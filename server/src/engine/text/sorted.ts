/**
 * The first index of sorted `items` where `test` holds (it holds for every later one too), or items.length: binary
 * search, O(log n).
 */
export function firstIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (test(items[mid])) high = mid;
    else low = mid + 1;
  }
  return low;
}
