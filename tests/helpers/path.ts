/**
 * Reading SVG path strings in tests, so assertions compare geometry with a tolerance instead
 * of matching strings (the idea of d3-shape's test/asserts.js). Handles the M/L/Z paths that
 * d3's linear line writes.
 */
import { expect } from 'vitest';

export type PathPoint = readonly [number, number];

/** Every number in a path string, in order. */
export function pathNumbers(d: string): number[] {
  return (d.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
}

/** The subpaths of an M/L/Z path as lists of points; fails on any other command. */
export function parsePath(d: string): PathPoint[][] {
  const subpaths: PathPoint[][] = [];
  const commands = d.match(/[A-Za-z][^A-Za-z]*/g) ?? [];
  for (const command of commands) {
    const letter = command[0]!;
    const numbers = pathNumbers(command.slice(1));
    if (letter === 'Z') continue;
    if (letter !== 'M' && letter !== 'L') throw new Error(`unexpected path command ${letter} in ${d}`);
    if (numbers.length % 2 !== 0) throw new Error(`odd number of coordinates in ${command}`);
    if (letter === 'M') subpaths.push([]);
    const current = subpaths[subpaths.length - 1];
    if (!current) throw new Error(`path does not start with M: ${d}`);
    for (let i = 0; i < numbers.length; i += 2) current.push([numbers[i]!, numbers[i + 1]!]);
  }
  return subpaths;
}

/** All points of a path, subpaths joined. */
export function pathPoints(d: string): PathPoint[] {
  return parsePath(d).flat();
}

/** Asserts two paths have the same commands and coordinates equal within `tolerance`. */
export function expectPathClose(actual: string, expected: string, tolerance = 1e-6): void {
  const a = parsePath(actual);
  const e = parsePath(expected);
  expect(
    a.map((s) => s.length),
    'subpath lengths',
  ).toEqual(e.map((s) => s.length));
  a.forEach((subpath, i) =>
    subpath.forEach(([x, y], j) => {
      const [ex, ey] = e[i]![j]!;
      expect(Math.abs(x - ex) <= tolerance && Math.abs(y - ey) <= tolerance, `point ${i}:${j} (${x},${y}) vs (${ex},${ey})`).toBe(true);
    }),
  );
}

/** Whether the path has a vertex within `tolerance` of `point`. */
export function hasVertex(d: string, [x, y]: PathPoint, tolerance = 1e-6): boolean {
  return pathPoints(d).some(([px, py]) => Math.abs(px - x) <= tolerance && Math.abs(py - y) <= tolerance);
}

/** Whether every number in the string has at most `decimals` decimals. */
export function isRounded(d: string, decimals = 2): boolean {
  return (d.match(/\d*\.\d+/g) ?? []).every((n) => n.split('.')[1]!.length <= decimals);
}
