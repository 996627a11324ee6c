import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { z } from 'zod';

z.config({ jitless: true });

// jsdom does not lay out pages, so it has no scrolling.
Element.prototype.scrollIntoView = function scrollIntoView() {};
// …nor media queries: answer as a screen with no preferences.
window.matchMedia = (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }) as unknown as MediaQueryList;

// Any console.error during a test fails it: React warnings are defects, not noise.
// A test that expects errors (a render fault) asserts them, then calls mockClear().
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  const errors = vi.mocked(console.error).mock.calls;
  const message = errors.map((e) => e.map(String).join(' ')).join('\n');
  vi.restoreAllMocks();
  if (errors.length > 0) throw new Error(`console.error was called: ${message}`);
});
