import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../src/features/desk/export-button';

describe('the export’s file name', () => {
  it('is the article’s name unless the editor types another', () => {
    expect(exportFileName('', 'ferry-fares.json')).toEqual({ name: 'ferry-fares.json' });
    expect(exportFileName('  ', 'ferry-fares.json')).toEqual({ name: 'ferry-fares.json' });
    expect(exportFileName('harbour draft 2', 'x.json')).toEqual({ name: 'harbour draft 2.json' });
    expect(exportFileName('final.JSON', 'x.json')).toEqual({ name: 'final.JSON' });
  });

  it('refuses names a file system would not take, saying why', () => {
    expect(exportFileName('../etc/passwd', 'x.json')).toEqual({
      error: expect.stringContaining('cannot hold') as string,
    });
    expect(exportFileName('a:b', 'x.json')).toHaveProperty('error');
    expect(exportFileName('..', 'x.json')).toEqual({ error: 'Give the file a name.' });
  });
});
