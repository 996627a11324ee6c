import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { EventsShown } from '../../../../src/shared/app-url';
import { useAskedFilter } from '../../../../src/features/negotiation/use-asked-filter';

/** The hook over a URL that the test moves by hand, as a router applying writes late would. */
function setup(initial: EventsShown) {
  const write = vi.fn<(shown: EventsShown) => void>();
  const hook = renderHook(({ url }) => useAskedFilter(url, write), { initialProps: { url: initial } });
  return { write, hook, shown: () => hook.result.current[0], change: () => hook.result.current[1] };
}

describe('useAskedFilter', () => {
  it('builds a second change on the first while the URL still holds neither', () => {
    const { write, change, shown } = setup({});
    act(() => {
      change()((s) => ({ ...s, sides: ['china'] }));
      // The same task: no render between the two clicks.
      change()((s) => ({ ...s, kinds: ['request'] }));
    });
    expect(write).toHaveBeenLastCalledWith({ sides: ['china'], kinds: ['request'] });
    expect(shown()).toEqual({ sides: ['china'], kinds: ['request'] });
  });

  it('keeps the latest asked for while the URL catches up one write at a time', () => {
    const { hook, change, shown } = setup({});
    act(() => {
      change()(() => ({ sides: ['china'] }));
      change()((s) => ({ ...s, kinds: ['request'] }));
    });
    hook.rerender({ url: { sides: ['china'] } });
    expect(shown()).toEqual({ sides: ['china'], kinds: ['request'] });
    act(() => change()((s) => ({ ...s, sides: undefined })));
    expect(shown()).toEqual({ sides: undefined, kinds: ['request'] });
    hook.rerender({ url: { sides: ['china'], kinds: ['request'] } });
    const asked = shown();
    hook.rerender({ url: { kinds: ['request'] } });
    expect(shown()).toEqual({ kinds: ['request'] });
    // The URL caught up: the view keeps the very object it drew, so nothing draws again.
    expect(shown()).toBe(asked);
  });

  it('gives way to a URL that is none of its writes (Back, another link)', () => {
    const { write, hook, change, shown } = setup({ kinds: ['request'] });
    act(() => change()(() => ({ sides: ['china'] })));
    hook.rerender({ url: { kinds: ['objection'] } });
    expect(shown()).toEqual({ kinds: ['objection'] });
    act(() => change()((s) => ({ ...s, sides: ['north-korea'] })));
    expect(write).toHaveBeenLastCalledWith({ kinds: ['objection'], sides: ['north-korea'] });
  });
});
