import { describe, expect, it } from 'vitest';
import { buildAppPath, parseAppLocation, type AppLocation } from '../../../../src/shared/app-url';

function parse(path: string): AppLocation {
  const at = path.indexOf('?');
  return at < 0 ? parseAppLocation(path) : parseAppLocation(path.slice(0, at), path.slice(at));
}

function embedOf(path: string) {
  const location = parse(path);
  if (location.kind !== 'embed') throw new Error(`not an embed: ${JSON.stringify(location)}`);
  return location;
}

describe('embed URLs', () => {
  it('reads every option of a well-formed embed link', () => {
    expect(
      parse(
        '/embed/dailynk-train-service-talks/q-bewildered?view=card&theme=dark&accent=%230055aa&font=Georgia%2C%20%22Iowan%20Old%20Style%22%2C%20serif&origin=https%3A%2F%2Fintranet.example&id=provenance-1',
      ),
    ).toEqual({
      kind: 'embed',
      article: 'dailynk-train-service-talks',
      item: 'q-bewildered',
      embed: {
        view: 'card',
        theme: 'dark',
        accent: '#0055aa',
        font: 'Georgia, "Iowan Old Style", serif',
        origin: 'https://intranet.example',
        id: 'provenance-1',
      },
    });
  });

  it('defaults to the whole reader, following the host’s colour scheme', () => {
    expect(parse('/embed/harbour-council-vote')).toEqual({
      kind: 'embed',
      article: 'harbour-council-vote',
      embed: { view: 'reader', theme: 'auto' },
    });
  });

  it('round-trips an embed location through the builder', () => {
    const path =
      '/embed/a/e-union-rejects?view=timeline&theme=light&accent=%23abc&origin=http%3A%2F%2F127.0.0.1%3A8080&id=x';
    expect(buildAppPath(parse(path), 'unused')).toBe(path);
  });

  it('shows the reader when a card names no item', () => {
    expect(embedOf('/embed/a?view=card').embed.view).toBe('reader');
  });

  it.each([
    ['a colour with CSS after it', 'red;background:url(//evil.example/x)'],
    ['a named colour', 'red'],
    ['a hex colour with an extra digit', '#0055aaa'],
    ['an expression', 'expression(alert(1))'],
    ['a custom property', 'var(--pv-bg)'],
  ])('drops an accent that is %s', (_, accent) => {
    expect(embedOf(`/embed/a?accent=${encodeURIComponent(accent)}`).embed.accent).toBeUndefined();
  });

  it.each([
    ['a brace', 'x}body{display:none'],
    ['a semicolon', 'Georgia; color: red'],
    ['a url', 'url(https://evil.example/font.woff)'],
    ['an unbalanced quote', '"Georgia, serif'],
    ['a backslash escape', 'Georgia\\22'],
    ['an empty list entry', 'Georgia,,serif'],
    ['a very long list', 'A'.repeat(300)],
  ])('drops a font with %s', (_, font) => {
    expect(embedOf(`/embed/a?font=${encodeURIComponent(font)}`).embed.font).toBeUndefined();
  });

  it.each([
    ['a wildcard', '*'],
    ['a path', 'https://intranet.example/wiki'],
    ['a trailing slash', 'https://intranet.example/'],
    ['javascript:', 'javascript:alert(1)'],
    ['a file URL', 'file:///etc/passwd'],
    ['credentials', 'https://user:pw@intranet.example'],
    ['the string null', 'null'],
  ])('drops an origin that is %s', (_, origin) => {
    expect(embedOf(`/embed/a?origin=${encodeURIComponent(origin)}`).embed.origin).toBeUndefined();
  });

  it('drops an unknown view or theme, a bad instance id and a bad item, keeping the rest', () => {
    const location = embedOf('/embed/a/NOT-AN-ID?view=popup&theme=neon&id=%3Cscript%3E&accent=%23123456');
    expect(location).toEqual({
      kind: 'embed',
      article: 'a',
      embed: { view: 'reader', theme: 'auto', accent: '#123456' },
    });
  });

  it('refuses an embed link whose article name is not valid', () => {
    expect(parse('/embed/..%2Fsecret').kind).toBe('bad-link');
    expect(parse('/embed').kind).toBe('bad-link');
  });
});
