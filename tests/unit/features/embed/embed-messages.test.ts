import { describe, expect, it, vi } from 'vitest';
import { MAX_HEIGHT, readEmbedMessage } from '../../../../src/features/embed/embed-messages';
import { requestedItem } from '../../../../src/features/embed/host-channel';
import { reportHeight } from '../../../../src/features/embed/height-reporter';

describe('embed messages', () => {
  it('accepts each well-formed message', () => {
    for (const message of [
      { type: 'provenance:height', version: 1, id: 'provenance-1', height: 812 },
      { type: 'provenance:selected', version: 1, id: 'provenance-1', item: 'q-bewildered' },
      { type: 'provenance:open', version: 1, id: 'provenance-2', item: 'e-nampo-proposal' },
    ])
      expect(readEmbedMessage(message)).toEqual(message);
  });

  it.each([
    ['nothing', null],
    ['a string', 'provenance:height'],
    ['an array', [1]],
    ['an unknown type', { type: 'provenance:navigate', version: 1, id: 'a', item: 'q-x' }],
    ['another version', { type: 'provenance:height', version: 2, id: 'a', height: 10 }],
    ['no id', { type: 'provenance:height', version: 1, height: 10 }],
    ['an id with markup', { type: 'provenance:height', version: 1, id: '<b>', height: 10 }],
    ['a height as text', { type: 'provenance:height', version: 1, id: 'a', height: '10' }],
    ['a negative height', { type: 'provenance:height', version: 1, id: 'a', height: -1 }],
    ['an endless height', { type: 'provenance:height', version: 1, id: 'a', height: Infinity }],
    ['a huge height', { type: 'provenance:height', version: 1, id: 'a', height: MAX_HEIGHT + 1 }],
    ['a NaN height', { type: 'provenance:height', version: 1, id: 'a', height: NaN }],
    ['an item that is a URL', { type: 'provenance:open', version: 1, id: 'a', item: 'https://evil.example' }],
    ['an item that is a path', { type: 'provenance:selected', version: 1, id: 'a', item: '../x' }],
  ])('rejects %s', (_, data) => {
    expect(readEmbedMessage(data)).toBeNull();
  });

  it('takes an open request only from the parent window, at the host’s origin, for this frame', () => {
    const parent = {} as Window;
    const win = { parent } as Window;
    const channel = { origin: 'https://intranet.example', id: 'provenance-1' };
    const data = { type: 'provenance:open', version: 1, id: 'provenance-1', item: 'q-bewildered' };
    const event = (origin: string, source: unknown, body: unknown = data) =>
      ({ origin, source, data: body }) as MessageEvent;
    expect(requestedItem(event('https://intranet.example', parent), channel, win)).toBe('q-bewildered');
    expect(requestedItem(event('https://evil.example', parent), channel, win)).toBeUndefined();
    expect(requestedItem(event('https://intranet.example', {}), channel, win)).toBeUndefined();
    expect(
      requestedItem(event('https://intranet.example', parent, { ...data, id: 'provenance-2' }), channel, win),
    ).toBeUndefined();
    expect(
      requestedItem(
        event('https://intranet.example', parent, { ...data, type: 'provenance:height' }),
        channel,
        win,
      ),
    ).toBeUndefined();
  });
});

describe('the height reporter', () => {
  it('reports the root’s height at once and again only when it changes', () => {
    let resize: () => void = () => undefined;
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          resize = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    let height = 300.2;
    const root = { getBoundingClientRect: () => ({ height }) } as HTMLElement;
    const send = vi.fn();
    const stop = reportHeight(root, send);
    resize();
    height = 420;
    resize();
    stop();
    expect(send.mock.calls).toEqual([[301], [420]]);
    vi.unstubAllGlobals();
  });
});
