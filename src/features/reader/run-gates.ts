import { createContext } from 'react';

/** A promise with the fields React's `use` reads to take its value without waiting. */
type Gate = Promise<void> & { status?: 'fulfilled'; value?: undefined };
type Wait = { promise: Gate; resolve: () => void };

function fulfil({ promise, resolve }: Wait) {
  promise.status = 'fulfilled';
  resolve();
}

/** An open gate: what a run rendered in the browser's own render passes to `use`. */
export const OPEN: Promise<void> = Object.assign(Promise.resolve(), { status: 'fulfilled' as const });

/**
 * Which runs of a long pre-rendered article may hydrate yet. A run no one has come near stays
 * as the server wrote it (its text, and its items' ids for links and boot.js), a dehydrated
 * Suspense boundary: React holds no components for it, so starting, tapping and leaving the page
 * (the negotiation view tears the reader down) do not pay for thousands of paragraphs no one has
 * looked at. A run's gate opens for good when the run is wanted: near the screen, focused, linked,
 * printed (article-body.tsx opens it in the render that first wants the run complete, so React
 * hydrates it, as the server wrote it, before that update reaches it).
 */
export class RunGates {
  private readonly waits = new Map<number, Wait>();

  /**
   * What React's `use` waits on for run `first`: the same promise every time, marked fulfilled
   * once open (React then reads it without suspending; a component that suspended on it must
   * call `use` again when it renders).
   */
  gate(first: number): Promise<void> {
    return this.wait(first).promise;
  }

  open(first: number): void {
    fulfil(this.wait(first));
  }

  private wait(first: number): Wait {
    let wait = this.waits.get(first);
    if (!wait) {
      let resolve: () => void = () => undefined;
      const promise = new Promise<void>((done) => (resolve = done));
      wait = { promise, resolve };
      this.waits.set(first, wait);
    }
    return wait;
  }
}

/**
 * True around a pre-rendered page the browser's entry hydrates (src/app/main.tsx): its runs far
 * from the screen then wait. Never around the build's render (renderToString), which must write
 * every run, nor around a page rendered afresh.
 */
export const HoldFarRuns = createContext(false);
