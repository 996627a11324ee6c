import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  disclosureKey,
  highlightKey,
  ReaderStateProvider,
  useDisclosureActions,
  useDisclosureSelector,
  useHighlightActions,
  useIsLit,
  useIsOpen,
} from '../../../src/shared/reader-state';

const asked: Record<string, number> = {};

function OpenFlag({ name }: { name: string }) {
  const open = useDisclosureSelector(
    (isOpen) => {
      asked[name] = (asked[name] ?? 0) + 1;
      return isOpen(disclosureKey('test', name));
    },
    [disclosureKey('test', name)],
  );
  return <span data-testid={name}>{open ? 'open' : 'closed'}</span>;
}

function LitFlag({ id }: { id: string }) {
  return <span data-testid={`lit-${id}`}>{useIsLit(id) ? 'lit' : 'dark'}</span>;
}

function Controls() {
  const { toggle } = useDisclosureActions();
  const { toggleHighlight } = useHighlightActions();
  return (
    <>
      <button type="button" onClick={() => toggle(disclosureKey('test', 'a'))}>
        toggle a
      </button>
      <button type="button" onClick={() => toggle(disclosureKey('test', 'b'))}>
        toggle b
      </button>
      <button
        type="button"
        onClick={() =>
          toggleHighlight({ key: highlightKey('source', 'x'), label: 'x', ids: new Set(['one']) })
        }
      >
        light one
      </button>
    </>
  );
}

function Everything() {
  return (
    <ReaderStateProvider>
      <Controls />
      <OpenFlag name="a" />
      <OpenFlag name="b" />
      <AnyOpen />
      <LitFlag id="one" />
      <LitFlag id="two" />
    </ReaderStateProvider>
  );
}

function AnyOpen() {
  const a = useIsOpen(disclosureKey('test', 'a'));
  const b = useIsOpen(disclosureKey('test', 'b'));
  return <span data-testid="any">{a || b ? 'some' : 'none'}</span>;
}

describe('reader state: each control hears only of the keys it depends on', () => {
  it('opens and closes by key, and asks a keyed selector again only when its key changes', () => {
    render(<Everything />);
    const before = { a: asked.a ?? 0, b: asked.b ?? 0 };
    act(() => screen.getByRole('button', { name: 'toggle a' }).click());
    expect(screen.getByTestId('a').textContent).toBe('open');
    expect(screen.getByTestId('b').textContent).toBe('closed');
    expect(screen.getByTestId('any').textContent).toBe('some');
    // `b`'s selector was not asked about a change to `a`.
    expect((asked.b ?? 0) - before.b).toBe(0);
    expect((asked.a ?? 0) - before.a).toBeGreaterThan(0);
    act(() => screen.getByRole('button', { name: 'toggle a' }).click());
    expect(screen.getByTestId('a').textContent).toBe('closed');
    expect(screen.getByTestId('any').textContent).toBe('none');
  });

  it('lights exactly the ids of a highlight, and darkens them when it is toggled off', () => {
    render(<Everything />);
    act(() => screen.getByRole('button', { name: 'light one' }).click());
    expect(screen.getByTestId('lit-one').textContent).toBe('lit');
    expect(screen.getByTestId('lit-two').textContent).toBe('dark');
    act(() => screen.getByRole('button', { name: 'light one' }).click());
    expect(screen.getByTestId('lit-one').textContent).toBe('dark');
  });
});

describe('keys: made by one builder, so features cannot spell them apart', () => {
  it('joins the kind and the ids', () => {
    expect(disclosureKey('note-at', 'n-1', 'p-2')).toBe('note-at:n-1:p-2');
    expect(highlightKey('event', 'e-1')).toBe('event:e-1');
  });
});
