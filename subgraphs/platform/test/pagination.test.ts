import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../src/graphql/pagination.js';

function codeOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return (err as GraphQLError).extensions.code;
  }
  return 'no error';
}

describe('cursor pagination', () => {
  it('round-trips a sort key through an opaque cursor', () => {
    const key = ['2026-11-28T10:00:00.000Z', 'c0ffee00-0000-4000-8000-000000000001'];
    expect(decodeCursor(encodeCursor(key), 2)).toEqual(key);
  });

  it('refuses a cursor it did not produce with BAD_USER_INPUT', () => {
    expect(codeOf(() => decodeCursor('not-a-cursor', 2))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor(encodeCursor(['only-one']), 2))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url'), 2))).toBe('BAD_USER_INPUT');
  });

  it('bounds page sizes between 1 and 100, defaulting to 20', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(codeOf(() => pageSize(0))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageSize(101))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageSize(-5))).toBe('BAD_USER_INPUT');
  });

  it('uses the extra fetched row only to say a next page exists', () => {
    const page = toConnection([1, 2, 3], 2, (n) => [n]);
    expect(page.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2]) });
    const last = toConnection([1], 2, (n) => [n]);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(toConnection([], 2, (n: number) => [n]).pageInfo.endCursor).toBeNull();
  });
});
