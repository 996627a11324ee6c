import type { CDPSession } from 'playwright-core';

export type ResourceKind = 'js' | 'css' | 'json' | 'html' | 'other';
export type NetworkTotals = Record<ResourceKind | 'total', number> & { requests: number };

function kindOf(url: string, mimeType: string): ResourceKind {
  const path = new URL(url).pathname;
  if (path.endsWith('.js') || mimeType.includes('javascript')) return 'js';
  if (path.endsWith('.css') || mimeType === 'text/css') return 'css';
  if (path.endsWith('.json') || mimeType.includes('json')) return 'json';
  if (path.endsWith('/') || path.endsWith('.html') || mimeType === 'text/html') return 'html';
  return 'other';
}

/**
 * Bytes on the wire per kind of resource: CDP's `encodedDataLength` at `loadingFinished`, i.e.
 * the gzipped body plus response headers, for every request the page made. Call the returned
 * function for the totals so far.
 */
export function trackNetwork(cdp: CDPSession): () => NetworkTotals {
  const kinds = new Map<string, ResourceKind>();
  const totals: NetworkTotals = { js: 0, css: 0, json: 0, html: 0, other: 0, total: 0, requests: 0 };
  cdp.on('Network.responseReceived', (event) => {
    if (!event.response.url.startsWith('data:'))
      kinds.set(event.requestId, kindOf(event.response.url, event.response.mimeType));
  });
  cdp.on('Network.loadingFinished', (event) => {
    const kind = kinds.get(event.requestId);
    if (!kind) return;
    totals[kind] += event.encodedDataLength;
    totals.total += event.encodedDataLength;
    totals.requests += 1;
  });
  return () => ({ ...totals });
}
