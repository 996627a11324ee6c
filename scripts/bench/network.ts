import type { CDPSession } from 'playwright-core';

export type ResourceKind = 'js' | 'css' | 'json' | 'html' | 'other';
export type NetworkTotals = Record<ResourceKind | 'total', number> & { requests: number };

/** One finished request: its kind, bytes on the wire, and when it was sent (ms after the page's own request). */
export type FinishedRequest = { kind: ResourceKind; bytes: number; sentAt: number };

function kindOf(url: string, mimeType: string): ResourceKind {
  const path = new URL(url).pathname;
  if (path.endsWith('.js') || mimeType.includes('javascript')) return 'js';
  if (path.endsWith('.css') || mimeType === 'text/css') return 'css';
  if (path.endsWith('.json') || mimeType.includes('json')) return 'json';
  if (path.endsWith('/') || path.endsWith('.html') || mimeType === 'text/html') return 'html';
  return 'other';
}

/**
 * Totals per kind of the requests sent before `sentBefore` (all of them when it is undefined).
 * The page's initial JavaScript is what it asked for before its text was painted: the scripts
 * and module preloads its HTML names, or the app that renders it. A chunk preloaded when the
 * browser is idle, or loaded by a click, is asked for later and counts only in the total.
 */
export function totalsOf(requests: readonly FinishedRequest[], sentBefore?: number): NetworkTotals {
  const totals: NetworkTotals = { js: 0, css: 0, json: 0, html: 0, other: 0, total: 0, requests: 0 };
  for (const request of requests) {
    if (sentBefore !== undefined && request.sentAt > sentBefore) continue;
    totals[request.kind] += request.bytes;
    totals.total += request.bytes;
    totals.requests += 1;
  }
  return totals;
}

/**
 * Bytes on the wire per kind of resource: CDP's `encodedDataLength` at `loadingFinished`, i.e.
 * the gzipped body plus response headers, for every request the page made. Call the returned
 * function for the totals so far, or for those sent before a time in ms after navigation (the
 * page's own request stands for its start; CDP's clock is not the page's).
 */
export function trackNetwork(cdp: CDPSession): (sentBefore?: number) => NetworkTotals {
  const sent = new Map<string, number>();
  const kinds = new Map<string, ResourceKind>();
  const finished: FinishedRequest[] = [];
  let startedAt: number | undefined;
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.type === 'Document' && startedAt === undefined) startedAt = event.timestamp;
    sent.set(event.requestId, event.timestamp);
  });
  cdp.on('Network.responseReceived', (event) => {
    if (!event.response.url.startsWith('data:'))
      kinds.set(event.requestId, kindOf(event.response.url, event.response.mimeType));
  });
  cdp.on('Network.loadingFinished', (event) => {
    const kind = kinds.get(event.requestId);
    if (!kind) return;
    const sentAt = ((sent.get(event.requestId) ?? 0) - (startedAt ?? 0)) * 1000;
    finished.push({ kind, bytes: event.encodedDataLength, sentAt });
  });
  return (sentBefore) => totalsOf(finished, sentBefore);
}
