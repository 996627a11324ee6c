import { renderHook, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { useSectionWindow } from '../../../../src/features/negotiation/use-section-window';

// Five sections of 300 px: at jsdom's 768 px window, less the ~250 px above the graphic, the
// first two are on the screen.
const SHORT = [300, 300, 300, 300, 300];
const drawn = (window: { drawn: (index: number) => boolean }) =>
  SHORT.map((_, index) => index).filter((index) => window.drawn(index));

describe('the negotiation view’s section window', () => {
  it('draws a short story’s sections on the screen first, then the whole story', async () => {
    const { result } = renderHook(() => useSectionWindow(SHORT, undefined, false, createRef()));
    expect(drawn(result.current)).toEqual([0, 1]);
    expect(result.current.watching).toBe(false);
    await waitFor(() => {
      expect(drawn(result.current)).toEqual([0, 1, 2, 3, 4]);
    });
    expect(result.current.watching).toBe(true);
  });

  it('draws a linked section and its neighbours in the first frame too', () => {
    const eight = [...SHORT, 300, 300, 300];
    const { result } = renderHook(() => useSectionWindow(eight, 5, false, createRef()));
    expect(eight.map((_, index) => index).filter((index) => result.current.drawn(index))).toEqual([
      0, 1, 4, 5, 6,
    ]);
  });

  it('draws everything at once for printing', () => {
    const { result } = renderHook(() => useSectionWindow(SHORT, undefined, true, createRef()));
    expect(drawn(result.current)).toEqual([0, 1, 2, 3, 4]);
    expect(result.current.watching).toBe(true);
  });

  it('keeps a short story whole when a filter or a link regroups its sections', async () => {
    const { result, rerender } = renderHook(
      ({ estimates }) => useSectionWindow(estimates, undefined, false, createRef()),
      { initialProps: { estimates: SHORT } },
    );
    await waitFor(() => {
      expect(result.current.watching).toBe(true);
    });
    rerender({ estimates: [...SHORT] });
    expect(drawn(result.current)).toEqual([0, 1, 2, 3, 4]);
  });
});
