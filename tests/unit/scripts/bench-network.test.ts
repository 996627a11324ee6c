import { describe, expect, it } from 'vitest';
import { totalsOf, type FinishedRequest } from '../../../scripts/bench/network';

const requests: FinishedRequest[] = [
  { kind: 'html', bytes: 8_000, sentAt: 0 },
  { kind: 'js', bytes: 110_000, sentAt: 12 },
  { kind: 'css', bytes: 8_000, sentAt: 14 },
  { kind: 'js', bytes: 2_000, sentAt: 300 },
  // Preloaded when the browser was idle, after the text was painted.
  { kind: 'js', bytes: 7_000, sentAt: 1_400 },
];

describe('the bench counts initial JavaScript apart from idle preloads', () => {
  it('counts every request when no time is given', () => {
    expect(totalsOf(requests)).toMatchObject({
      js: 119_000,
      css: 8_000,
      html: 8_000,
      total: 135_000,
      requests: 5,
    });
  });

  it('counts only what was asked for before the text was painted', () => {
    expect(totalsOf(requests, 900)).toMatchObject({ js: 112_000, total: 128_000, requests: 4 });
  });

  it('includes a request sent at the very moment of the paint', () => {
    expect(totalsOf(requests, 300).js).toBe(112_000);
  });
});
