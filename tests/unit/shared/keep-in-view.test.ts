import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepInView } from '../../../src/shared/keep-in-view';

/** An element at `top` with `height`, in a window 800 px high; focused, as a revealed item is. */
function placedItem(top: number, height: number) {
  const element = document.createElement('div');
  element.tabIndex = -1;
  document.body.append(element);
  element.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: top, width: 300, height });
  const scrolled = vi.fn();
  element.scrollIntoView = scrolled;
  element.focus();
  return Object.assign(element, { scrolled });
}

function scrollEnds() {
  window.dispatchEvent(new Event('scrollend'));
}

describe('keepInView', () => {
  beforeEach(() => {
    vi.stubGlobal('innerHeight', 800);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it('leaves an item the scroll ended on alone', () => {
    const item = placedItem(300, 120);
    keepInView(item);
    scrollEnds();
    expect(item.scrolled).not.toHaveBeenCalled();
  });

  it('centres an item whose start the scroll fell short of', () => {
    const item = placedItem(950, 120);
    keepInView(item);
    scrollEnds();
    expect(item.scrolled).toHaveBeenCalledWith({ block: 'center' });
  });

  it('centres an item that would fit but runs past the bottom', () => {
    const item = placedItem(740, 120);
    keepInView(item);
    scrollEnds();
    expect(item.scrolled).toHaveBeenCalledWith({ block: 'center' });
  });

  it('leaves a tall item alone once its start is on screen', () => {
    const item = placedItem(100, 1500);
    keepInView(item);
    scrollEnds();
    expect(item.scrolled).not.toHaveBeenCalled();
  });

  it('aligns a tall item at its start when the start is off screen', () => {
    const item = placedItem(-200, 1500);
    keepInView(item);
    scrollEnds();
    expect(item.scrolled).toHaveBeenCalledWith({ block: 'start' });
  });

  it('stops watching once the reader scrolls', () => {
    const item = placedItem(950, 120);
    keepInView(item);
    window.dispatchEvent(new Event('wheel'));
    scrollEnds();
    expect(item.scrolled).not.toHaveBeenCalled();
  });

  it('stops watching once focus has moved on', () => {
    const item = placedItem(950, 120);
    keepInView(item);
    item.blur();
    scrollEnds();
    expect(item.scrolled).not.toHaveBeenCalled();
  });
});
