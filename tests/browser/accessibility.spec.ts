import { describe, expect, it } from 'vitest';
import { axeViolations } from './lib/axe';
import { useReader } from './lib/reader-page';

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`accessibility in the ${colorScheme} theme`, () => {
    const reader = useReader({ colorScheme });

    it('axe finds nothing on the bundled article', async () => {
      const page = await reader.open();
      expect(await axeViolations(page)).toEqual([]);
    });

    it('axe finds nothing on an error page', async () => {
      const page = await reader.open('#/read/invalid-dangling-speaker');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
