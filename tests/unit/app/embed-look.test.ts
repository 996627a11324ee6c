import { describe, expect, it } from 'vitest';
import { embedLook, MIN_CONTRAST } from '../../../src/app/embed-look';

describe('the embed’s look as the editor types it', () => {
  it('takes a valid accent and font, and says the accent’s contrast against the host', () => {
    const look = embedLook(' #0055aa ', 'Georgia, serif', '#ffffff');
    expect(look).toMatchObject({ accent: '#0055aa', font: 'Georgia, serif', accentError: '', fontError: '' });
    expect(look.contrast).toMatch(/^\d+\.\d:1 against the host’s background: readable\.$/);
    expect(look.lowContrast).toBe(false);
  });

  it('warns of an accent too pale for links on the host’s background', () => {
    const look = embedLook('#ffff00', '', '#ffffff');
    expect(look.lowContrast).toBe(true);
    expect(look.contrast).toContain(`too low for links (needs ${MIN_CONTRAST}:1)`);
  });

  it('names what is wrong with a colour or a font list, and uses neither', () => {
    const look = embedLook('blue', 'Georgia; x: url(evil)', '#ffffff');
    expect(look.accent).toBeUndefined();
    expect(look.font).toBeUndefined();
    expect(look.accentError).toContain('#rgb or #rrggbb');
    expect(look.fontError).toContain('font names only');
    expect(look.contrast).toBe('');
  });

  it('says nothing about empty fields', () => {
    expect(embedLook('  ', '', '#000000')).toMatchObject({ accentError: '', fontError: '', contrast: '' });
  });
});
