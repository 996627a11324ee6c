type NegotiationModule = typeof import('./negotiation-route');

let loading: Promise<NegotiationModule> | undefined;
let loaded: NegotiationModule | undefined;

/**
 * The negotiation view's code, loaded once: the router's lazy route and the reader's idle
 * preload share the one download (a failed one is tried again next time).
 */
export function loadNegotiationRoute(): Promise<NegotiationModule> {
  loading ??= import('./negotiation-route').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The code, if it is here already: the route then renders it at once, not through a lazy
 * component, which would suspend for a tick and show its fallback (and React holds a
 * fallback on screen for a moment before revealing what replaces it).
 */
export function negotiationRouteIfLoaded(): NegotiationModule | undefined {
  return loaded;
}
