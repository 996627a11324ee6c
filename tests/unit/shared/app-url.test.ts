import { describe, expect, it } from 'vitest';
import { buildAppPath, parseAppLocation, shareableUrl, type AppLocation } from '../../../src/shared/app-url';

function parse(path: string): AppLocation {
  const [pathname = '', search = ''] = path.split('?');
  return parseAppLocation(pathname, search ? `?${search}` : '');
}

describe('the URL contract', () => {
  it.each([
    ['/read/dailynk-train-service-talks', { kind: 'article', article: 'dailynk-train-service-talks' }],
    [
      '/read/dailynk-train-service-talks/q-bewildered',
      { kind: 'article', article: 'dailynk-train-service-talks', item: 'q-bewildered' },
    ],
    [
      '/read/harbour-council-vote/e-union-rejects',
      { kind: 'article', article: 'harbour-council-vote', item: 'e-union-rejects' },
    ],
    ['/read/a/src-nk-source', { kind: 'article', article: 'a', item: 'src-nk-source' }],
    ['/read/a/p-moved-away', { kind: 'article', article: 'a', item: 'p-moved-away' }],
    ['/read/a/n-nampo-port', { kind: 'article', article: 'a', item: 'n-nampo-port' }],
    ['/articles', { kind: 'index' }],
    [
      '/embed/a/q-bewildered?view=card&theme=dark&origin=https%3A%2F%2Fintranet.example&id=provenance-1',
      {
        kind: 'embed',
        article: 'a',
        item: 'q-bewildered',
        embed: { view: 'card', theme: 'dark', origin: 'https://intranet.example', id: 'provenance-1' },
      },
    ],
    ['/negotiation/a', { kind: 'negotiation', article: 'a', filter: {} }],
    [
      '/negotiation/dailynk-train-service-talks/e-china-rejects-nampo?sides=north-korea,china&kinds=request,rejection',
      {
        kind: 'negotiation',
        article: 'dailynk-train-service-talks',
        item: 'e-china-rejects-nampo',
        filter: { sides: ['north-korea', 'china'], kinds: ['request', 'rejection'] },
      },
    ],
    [
      '/embed/a?view=timeline&sides=china&kinds=objection',
      {
        kind: 'embed',
        article: 'a',
        embed: { view: 'timeline', theme: 'auto', sides: ['china'], kinds: ['objection'] },
      },
    ],
  ] as const)('round-trips %s', (path, location) => {
    expect(parse(path)).toEqual(location);
    expect(buildAppPath(location, 'unused')).toBe(path);
  });

  it('reads the empty path as the bundled article and builds it with its name', () => {
    expect(parse('/')).toEqual({ kind: 'article', article: null });
    expect(buildAppPath({ kind: 'article', article: null }, 'dailynk-train-service-talks')).toBe(
      '/read/dailynk-train-service-talks',
    );
  });

  it('round-trips a passage with its context, whatever characters it holds', () => {
    const passage = {
      exact: 'is in a rush [to restart “tourism” & trade]',
      prefix: 'North Korea, not China, ',
      suffix: ',” said 한국 🙂',
    };
    const path = buildAppPath({ kind: 'article', article: 'a', passage }, 'a');
    expect(path).toMatch(/^\/read\/a\?exact=/);
    expect(parse(path)).toEqual({ kind: 'article', article: 'a', passage });
  });

  it.each([
    ['/read/..%2F..%2Fetc', 'article name is not valid'],
    ['/read/https%3A%2F%2Fevil.example%2Fx', 'article name is not valid'],
    ['/read/UPPER', 'article name is not valid'],
    ['/read/a/%E0%A4%A', 'item is not a valid id'],
    ['/read/a/<script>alert(1)<%2Fscript>', 'item is not a valid id'],
    ['/read/a/b/c', 'does not name an article'],
    ['/javascript:alert(1)', 'does not name an article'],
    ['/read/a?exact=', 'passage is empty'],
  ])('refuses %s with a reason', (path, reason) => {
    const location = parse(path);
    expect(location.kind).toBe('bad-link');
    if (location.kind === 'bad-link') expect(location.reason).toContain(reason);
  });

  it('drops unknown kinds and malformed sides from a negotiation link rather than refusing it', () => {
    expect(parse('/negotiation/a?sides=China,north-korea,north-korea&kinds=request,bogus,')).toEqual({
      kind: 'negotiation',
      article: 'a',
      filter: { sides: ['north-korea'], kinds: ['request'] },
    });
    expect(parse('/negotiation/a?sides=&kinds=bogus')).toEqual({
      kind: 'negotiation',
      article: 'a',
      filter: {},
    });
    expect(parse('/negotiation/..%2Fx').kind).toBe('bad-link');
    expect(parse('/negotiation/a/NOT_AN_ID')).toMatchObject({ kind: 'bad-link', article: 'a' });
  });

  it('keeps the article of a link whose item is bad, so the article can still be shown', () => {
    expect(parse('/read/harbour-council-vote/NOT_AN_ID')).toMatchObject({
      kind: 'bad-link',
      article: 'harbour-council-vote',
    });
  });

  it('reads and builds the desk, for a new article and for a named one', () => {
    expect(parse('/desk')).toEqual({ kind: 'desk', article: null });
    expect(parse('/desk/harbour-council-vote')).toEqual({ kind: 'desk', article: 'harbour-council-vote' });
    expect(buildAppPath({ kind: 'desk', article: null }, 'a')).toBe('/desk');
    expect(buildAppPath({ kind: 'desk', article: 'b' }, 'a')).toBe('/desk/b');
    const bad = parse('/desk/..%2Fsecret');
    expect(bad.kind).toBe('bad-link');
    if (bad.kind === 'bad-link') expect(bad.reason).toContain('desk');
  });

  it('makes a shareable URL on any server and sub-path', () => {
    expect(shareableUrl('/read/a/q-x', 'http://intranet.example/tools/reader/index.html?x=1#/old')).toBe(
      'http://intranet.example/tools/reader/index.html?x=1#/read/a/q-x',
    );
  });

  it.each([
    ['/read/a?sourcing=on', { kind: 'article', article: 'a', sourcing: 'on' }],
    [
      '/read/a/q-bewildered?sourcing=off',
      { kind: 'article', article: 'a', item: 'q-bewildered', sourcing: 'off' },
    ],
    [
      '/read/a?exact=moved+away&sourcing=on',
      {
        kind: 'article',
        article: 'a',
        passage: { exact: 'moved away', prefix: '', suffix: '' },
        sourcing: 'on',
      },
    ],
    [
      '/embed/a?view=reader&sourcing=on',
      { kind: 'embed', article: 'a', embed: { view: 'reader', theme: 'auto', sourcing: 'on' } },
    ],
  ] as const)('round-trips the sourcing choice in %s', (path, location) => {
    expect(parse(path)).toEqual(location);
    expect(buildAppPath(location, 'unused')).toBe(path);
  });

  it('drops a sourcing value it does not know, so the reader’s own choice applies', () => {
    expect(parse('/read/a?sourcing=loud')).toEqual({ kind: 'article', article: 'a' });
    expect(parse('/read/a/q-x?sourcing=')).toEqual({ kind: 'article', article: 'a', item: 'q-x' });
  });
});
