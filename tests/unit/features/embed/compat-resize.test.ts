import { describe, expect, it } from 'vitest';
import { compatHeightMessage } from '../../../../src/features/embed/compat-resize';
import { readEmbedMessage } from '../../../../src/features/embed/embed-messages';
import { parseAppLocation } from '../../../../src/shared/app-url';

describe('height messages for hosts that resize Pym.js or AMP frames', () => {
  it('writes the height as Pym.js’s parent reads it, for the child id Pym.js added', () => {
    expect(compatHeightMessage({ resize: 'pym', childId: 'story-1' }, 412.2)).toBe(
      'pymxPYMxstory-1xPYMxheightxPYMx413',
    );
  });

  it('writes the height as AMP’s embed-size request', () => {
    expect(compatHeightMessage({ resize: 'amp' }, 300)).toEqual({
      sentinel: 'amp',
      type: 'embed-size',
      height: 300,
    });
  });

  it('says nothing unless asked, nor for Pym.js without a child id', () => {
    expect(compatHeightMessage({}, 300)).toBeUndefined();
    expect(compatHeightMessage({ resize: 'pym' }, 300)).toBeUndefined();
  });

  it('reads resize and the child id Pym.js appends from the embed URL, checked', () => {
    const location = parseAppLocation(
      '/embed/harbour-council-vote',
      '?view=reader&resize=pym&childId=story-1',
    );
    expect(location).toMatchObject({ embed: { resize: 'pym', childId: 'story-1' } });
    const bad = parseAppLocation('/embed/harbour-council-vote', '?view=reader&resize=evil&childId=a%22b');
    expect(bad).toMatchObject({ embed: { view: 'reader' } });
    expect(bad.kind === 'embed' && (bad.embed.resize ?? bad.embed.childId)).toBeUndefined();
  });
});

describe('the host’s requests and the embed’s answers', () => {
  it('reads locate, position and theme messages, and drops malformed ones', () => {
    const base = { version: 1, id: 'provenance-1' };
    expect(readEmbedMessage({ ...base, type: 'provenance:locate', item: 'q-bewildered' })).toMatchObject({
      item: 'q-bewildered',
    });
    expect(
      readEmbedMessage({ ...base, type: 'provenance:position', item: 'q-bewildered', top: 120.4 }),
    ).toMatchObject({ top: 120 });
    expect(
      readEmbedMessage({ ...base, type: 'provenance:position', item: 'q-bewildered', top: -5 }),
    ).toBeNull();
    expect(readEmbedMessage({ ...base, type: 'provenance:theme', theme: 'dark' })).toMatchObject({
      theme: 'dark',
    });
    expect(readEmbedMessage({ ...base, type: 'provenance:theme', theme: 'red' })).toBeNull();
  });
});
