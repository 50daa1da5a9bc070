import assert from 'node:assert/strict';
import { test } from 'node:test';
import { averageLinkage, type WeightedEdge } from '../../server/src/engine/stories/averageLinkage';

/** Edges from "a-b:0.5" strings over items named by single letters, and clusters back as letter groups. */
const letters = 'abcdefghijklmnopqrstuvwxyz';
function cluster(count: number, spec: string[], threshold: number): string[] {
  const edges: WeightedEdge[] = spec.map((edge) => {
    const [pair, weight] = edge.split(':');
    const [a, b] = pair.split('-');
    return { a: letters.indexOf(a), b: letters.indexOf(b), weight: Number(weight) };
  });
  const ids = averageLinkage(count, edges, threshold);
  const groups = new Map<number, string>();
  ids.forEach((id, i) => groups.set(id, (groups.get(id) ?? '') + letters[i]));
  return [...groups.values()].sort();
}

const cases: Array<{ name: string; count: number; edges: string[]; threshold: number; expected: string[] }> = [
  {
    name: 'three close items are one group; an unlinked item stays alone',
    count: 4, edges: ['a-b:0.6', 'a-c:0.5', 'b-c:0.55'], threshold: 0.1, expected: ['abc', 'd'],
  },
  {
    // Single linkage would join everything through c-d; on average the two triangles are far apart.
    name: 'one bridge between two groups does not chain them',
    count: 6, edges: ['a-b:0.6', 'a-c:0.6', 'b-c:0.6', 'd-e:0.6', 'd-f:0.6', 'e-f:0.6', 'c-d:0.5'], threshold: 0.1, expected: ['abc', 'def'],
  },
  {
    name: 'a late report linked weakly to every member joins the group',
    count: 4, edges: ['a-b:0.6', 'a-c:0.6', 'b-c:0.6', 'a-d:0.12', 'b-d:0.1', 'c-d:0.11'], threshold: 0.1, expected: ['abcd'],
  },
  {
    // Mean 0.2 clears the absolute threshold but is well under a quarter of each group's own 0.9.
    name: 'two tight groups that share only their setting stay apart',
    count: 4, edges: ['a-b:0.9', 'c-d:0.9', 'a-c:0.2', 'a-d:0.2', 'b-c:0.2', 'b-d:0.2'], threshold: 0.03, expected: ['ab', 'cd'],
  },
  {
    name: 'two loose groups about as alike as their own members merge',
    count: 4, edges: ['a-b:0.3', 'c-d:0.3', 'a-c:0.2', 'a-d:0.2', 'b-c:0.2', 'b-d:0.2'], threshold: 0.03, expected: ['abcd'],
  },
  {
    name: 'a duplicate edge adds up, self-edges and zero weights are ignored',
    count: 3, edges: ['a-b:0.06', 'a-b:0.06', 'c-c:1', 'a-c:0'], threshold: 0.1, expected: ['ab', 'c'],
  },
];

for (const { name, count, edges, threshold, expected } of cases) {
  test(`average linkage: ${name}`, () => assert.deepEqual(cluster(count, edges, threshold), expected));
}

test('average linkage: a chain of thousands of weakly bridged groups stays in groups of its own size', () => {
  // 1,000 triangles, each bridged to the next by one edge as strong as its own: single linkage would make one group.
  const count = 3000;
  const edges: WeightedEdge[] = [];
  for (let t = 0; t < 1000; t++) {
    const [a, b, c] = [3 * t, 3 * t + 1, 3 * t + 2];
    edges.push({ a, b, weight: 0.5 }, { a, b: c, weight: 0.5 }, { a: b, b: c, weight: 0.5 });
    if (t > 0) edges.push({ a: a - 1, b: a, weight: 0.5 });
  }
  const sizes = new Map<number, number>();
  for (const id of averageLinkage(count, edges, 0.1)) sizes.set(id, (sizes.get(id) ?? 0) + 1);
  assert.ok(Math.max(...sizes.values()) <= 6, `largest group ${Math.max(...sizes.values())}`);
});
