type NegotiationModule = typeof import('./negotiation-route');

let loading: Promise<NegotiationModule> | undefined;

/**
 * The negotiation view's code, loaded once: the router's lazy route and the reader's idle
 * preload share the one download (a failed one is tried again next time).
 */
export function loadNegotiationRoute(): Promise<NegotiationModule> {
  loading ??= import('./negotiation-route').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
