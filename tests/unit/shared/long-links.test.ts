import { describe, expect, it } from 'vitest';
import { MAX_LINK_LENGTH, TOO_LONG_PATH } from '../../../src/article/article-names';
import { buildAppPath, parseAppLocation } from '../../../src/shared/app-url';
import { CONTEXT_LENGTH, MAX_EXACT_LENGTH } from '../../../src/shared/text-quote';

describe('over-long links', () => {
  it('fit every link the reader makes: the longest passage link, in the widest characters', () => {
    // A character outside the Basic Multilingual Plane: 2 UTF-16 units, 12 characters encoded.
    const wide = (units: number) => '𝔄'.repeat(units / 2);
    const path = buildAppPath(
      {
        kind: 'article',
        article: 'a'.repeat(100),
        passage: {
          exact: wide(MAX_EXACT_LENGTH),
          prefix: wide(CONTEXT_LENGTH),
          suffix: wide(CONTEXT_LENGTH),
        },
      },
      'x',
    );
    expect(path.length).toBeLessThan(MAX_LINK_LENGTH);
    const [pathname = '', search = ''] = path.split('?');
    expect(parseAppLocation(pathname, `?${search}`).kind).toBe('article');
  });

  it('are refused as a whole with their own reason, as is the path the first script leaves them at', () => {
    const refused = parseAppLocation('/read/story', `?exact=${'a'.repeat(MAX_LINK_LENGTH)}`);
    expect(refused).toEqual({
      kind: 'bad-link',
      article: null,
      reason: expect.stringMatching(/too long/) as string,
    });
    expect(parseAppLocation(TOO_LONG_PATH)).toEqual(refused);
  });
});
