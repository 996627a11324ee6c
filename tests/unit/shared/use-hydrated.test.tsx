import { act, render } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { useHydrated, useHydratedSoon } from '../../../src/shared/use-hydrated';

/** What each render saw, in order: `hydrated,soon`. */
const renders: string[] = [];

function Flags({ inTransition }: { inTransition?: boolean }) {
  const hydrated = useHydrated();
  const soon = useHydratedSoon(inTransition);
  renders.push(`${String(hydrated)},${String(soon)}`);
  return <p>{`hydrated ${String(hydrated)}, soon ${String(soon)}`}</p>;
}

describe('useHydratedSoon', () => {
  it('is true at once when React renders without hydrating', () => {
    const { container } = render(<Flags />);
    expect(container).toHaveTextContent('hydrated true, soon true');
  });

  it('hydrates a pre-rendered page as rendered, then turns true after useHydrated has', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Flags />);
    document.body.append(container);
    expect(container.textContent).toBe('hydrated false, soon false');
    const onRecoverableError = vi.fn();
    renders.length = 0;
    await act(async () => {
      hydrateRoot(container, <Flags />, { onRecoverableError });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container.textContent).toBe('hydrated true, soon true');
    // Hydrated as rendered, then the sync flip, and only then the transition's.
    const steps = renders.filter((step, i) => step !== renders[i - 1]);
    expect(steps).toEqual(['false,false', 'true,false', 'true,true']);
    container.remove();
  });

  it('follows useHydrated when not asked for a transition', () => {
    const { container } = render(<Flags inTransition={false} />);
    expect(container).toHaveTextContent('hydrated true, soon true');
  });
});
