import { describe, expect, it } from 'vitest';
import { EXAMPLE_HOST, previewFrameAncestors, securityHeaders } from '../../../tools/security-headers';
import { readText } from '../../fixtures/load-fixture';

describe('the sample security headers', () => {
  const headers = securityHeaders([EXAMPLE_HOST]);

  it('let only the reader itself and the listed hosts frame it', () => {
    expect(headers['Content-Security-Policy']).toMatch(/frame-ancestors 'self' https:\/\/intranet\.example$/);
    expect(securityHeaders()['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
    expect(
      previewFrameAncestors({ PROVENANCE_FRAME_ANCESTORS: ' https://a.example  https://b.example ' }),
    ).toEqual(['https://a.example', 'https://b.example']);
  });

  it('are written in docs/serving.md exactly as sent, for the table, nginx, Apache and a bucket', () => {
    const docs = readText('docs/serving.md');
    for (const [name, value] of Object.entries(headers)) {
      expect(docs, `${name} as a _headers line`).toContain(`\n    ${name}: ${value}\n`);
      expect(docs, `${name} for nginx`).toContain(`add_header ${name} "${value}" always;`);
      expect(docs, `${name} for Apache`).toContain(`Header always set ${name} "${value}"`);
      expect(docs, `${name} in the table`).toContain(`\`${value}\``);
    }
  });
});
