import { describe, expect, it } from 'vitest';
import { dataKey, keyedCache, keyedCachePer } from '../../src/lib/keyed-cache';

describe('keyedCache', () => {
  it('computes a key once and returns the same result after', () => {
    const remember = keyedCache<{ n: number }>(4);
    let calls = 0;
    const a = remember('a', () => ({ n: ++calls }));
    expect(remember('a', () => ({ n: ++calls }))).toBe(a);
    expect(calls).toBe(1);
  });

  it('holds the `limit` most recently added keys, dropping the oldest first', () => {
    const remember = keyedCache<string>(2);
    const computed: string[] = [];
    const ask = (key: string) => remember(key, () => (computed.push(key), key));
    ask('a');
    ask('b');
    ask('c'); // drops a
    ask('b');
    ask('a'); // computed again, drops b
    ask('c');
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
  });

  it('remembers undefined results too', () => {
    const remember = keyedCache<undefined>(2);
    let calls = 0;
    remember('k', () => void calls++);
    remember('k', () => void calls++);
    expect(calls).toBe(1);
  });
});

describe('dataKey', () => {
  it('tells NaN, Infinity, −Infinity and null apart, which JSON does not', () => {
    const keys = [NaN, Infinity, -Infinity, null, 0].map((v) => dataKey({ domain: [v, 1] }));
    expect(new Set(keys).size).toBe(5);
  });

  it('gives equal data the same key, through nesting', () => {
    expect(dataKey({ a: [1, { b: 'x' }] })).toBe(dataKey({ a: [1, { b: 'x' }] }));
    expect(dataKey({ a: [1, { b: 'x' }] })).not.toBe(dataKey({ a: [1, { b: 'y' }] }));
  });
});

describe('keyedCachePer', () => {
  it('keeps each owner’s results apart under the same key, and remembers each', () => {
    const remember = keyedCachePer<object, string>(2);
    const a = {};
    const b = {};
    let calls = 0;
    expect(remember(a, 'k', () => `a${++calls}`)).toBe('a1');
    expect(remember(b, 'k', () => `b${++calls}`)).toBe('b2');
    expect(remember(a, 'k', () => `a${++calls}`)).toBe('a1');
    expect(calls).toBe(2);
  });
});
