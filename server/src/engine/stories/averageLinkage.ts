/** A weighted edge between two items, by index. */
export interface WeightedEdge {
  a: number;
  b: number;
  weight: number;
}

/**
 * How similar two groups must be to each other, as a fraction of the lower of their own mean internal similarities,
 * to merge. A single item joining a group is held only to the absolute threshold: a late or off-angle report of an
 * event is less like the others than they are like each other, and still belongs with them.
 */
const GROUP_COHESION_RATIO = 0.25;

/**
 * A binary max-heap of merge candidates (a pair of clusters and their mean similarity), kept in parallel typed
 * arrays: hundreds of thousands of entries pass through it on a large corpus, and objects would mostly make garbage.
 */
class CandidateHeap {
  private means = new Float64Array(1024);
  private firsts = new Int32Array(1024);
  private seconds = new Int32Array(1024);
  size = 0;

  push(mean: number, a: number, b: number): void {
    if (this.size === this.means.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.means[parent] >= mean) break;
      this.move(parent, i);
      i = parent;
    }
    this.put(i, mean, a, b);
  }

  /** Removes the best candidate and returns its index pair and mean through `top`. */
  pop(top: { mean: number; a: number; b: number }): void {
    top.mean = this.means[0];
    top.a = this.firsts[0];
    top.b = this.seconds[0];
    const last = --this.size;
    if (last === 0) return;
    const mean = this.means[last];
    const a = this.firsts[last];
    const b = this.seconds[last];
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= last) break;
      const child = left + 1 < last && this.means[left + 1] > this.means[left] ? left + 1 : left;
      if (this.means[child] <= mean) break;
      this.move(child, i);
      i = child;
    }
    this.put(i, mean, a, b);
  }

  private put(i: number, mean: number, a: number, b: number): void {
    this.means[i] = mean;
    this.firsts[i] = a;
    this.seconds[i] = b;
  }

  private move(from: number, to: number): void {
    this.put(to, this.means[from], this.firsts[from], this.seconds[from]);
  }

  private grow(): void {
    const means = new Float64Array(this.means.length * 2);
    const firsts = new Int32Array(this.means.length * 2);
    const seconds = new Int32Array(this.means.length * 2);
    means.set(this.means);
    firsts.set(this.firsts);
    seconds.set(this.seconds);
    this.means = means;
    this.firsts = firsts;
    this.seconds = seconds;
  }
}

/**
 * Agglomerative clustering with average linkage over a sparse similarity graph: two clusters merge while the mean
 * similarity over all pairs of their members reaches `threshold`, a pair without an edge counting as zero.
 *
 * Single linkage (connected components of the links above a threshold) lets one article that mentions two events
 * join both, and at thousands of articles such bridges chain whole subjects into one group. Average linkage asks a
 * cluster to be similar as a whole: a bridge between two large clusters is a few edges among many absent pairs
 * and does not merge them; two groups must also be close to as alike as their own members (GROUP_COHESION_RATIO).
 * Work grows with the edges, not with all pairs: clusters keep the summed similarity to their neighbours, the
 * smaller map is folded into the larger on a merge, and heap entries made stale by a merge are re-queued at their
 * current mean when they come up.
 *
 * Returns each item's cluster as the smallest index of its members.
 */
export function averageLinkage(count: number, edges: readonly WeightedEdge[], threshold: number): number[] {
  const size = new Array<number>(count).fill(1);
  const neighbours: Array<Map<number, number> | null> = Array.from({ length: count }, () => new Map<number, number>());
  const parent = Array.from({ length: count }, (_, i) => i);
  const internal = new Float64Array(count);
  const cohesion = (c: number) => (size[c] > 1 ? internal[c] / ((size[c] * (size[c] - 1)) / 2) : 0);
  const heap = new CandidateHeap();
  for (const { a, b, weight } of edges) {
    if (a === b || weight <= 0) continue;
    const summed = (neighbours[a]!.get(b) ?? 0) + weight;
    neighbours[a]!.set(b, summed);
    neighbours[b]!.set(a, summed);
  }
  for (let a = 0; a < count; a++) {
    for (const [b, summed] of neighbours[a]!) if (a < b && summed >= threshold) heap.push(summed, a, b);
  }
  const top = { mean: 0, a: 0, b: 0 };
  while (heap.size > 0) {
    heap.pop(top);
    const { a, b } = top;
    const mapA = neighbours[a];
    const mapB = neighbours[b];
    if (!mapA || !mapB) continue;
    const summed = mapA.get(b);
    if (summed === undefined) continue;
    // Entries are not updated when a cluster grows (that would visit all its neighbours on every merge); a grown
    // cluster's mean only falls, so a stale entry is checked when it comes up and put back at its current mean.
    const mean = summed / (size[a] * size[b]);
    if (mean !== top.mean) {
      if (mean >= threshold) heap.push(mean, a, b);
      continue;
    }
    // Two groups of several members each merge only when they are nearly as alike as each is within itself: two
    // stories from one town on one day share the town and the day, but far less than each story's reports share.
    if (size[a] > 1 && size[b] > 1 && mean < GROUP_COHESION_RATIO * Math.min(cohesion(a), cohesion(b))) continue;
    const [keep, fold] = mapA.size >= mapB.size ? [a, b] : [b, a];
    const kept = neighbours[keep]!;
    const folded = neighbours[fold]!;
    kept.delete(fold);
    neighbours[fold] = null;
    parent[fold] = keep;
    size[keep] += size[fold];
    internal[keep] += internal[fold] + summed;
    for (const [other, weight] of folded) {
      if (other === keep) continue;
      const combined = (kept.get(other) ?? 0) + weight;
      kept.set(other, combined);
      const otherMap = neighbours[other]!;
      otherMap.delete(fold);
      otherMap.set(keep, combined);
      // Only a neighbour both clusters shared can now be closer than before; the others keep their stale entries.
      const combinedMean = combined / (size[keep] * size[other]);
      if (combinedMean >= threshold) heap.push(combinedMean, keep, other);
    }
  }
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i];
    return i;
  };
  const smallest = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const r = root(i);
    if (!smallest.has(r)) smallest.set(r, i);
  }
  return Array.from({ length: count }, (_, i) => smallest.get(root(i))!);
}
