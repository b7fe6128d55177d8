// The safe-URL rule: absolute http(s) or site-relative links only.
import { describe, expect, it } from 'vitest';
import { safeAbsoluteUrl, safeUrl } from '../../src/domain/safe-url.js';

describe('safeUrl', () => {
  it.each([
    'https://blog.example/2010/04/x/',
    'http://a.b',
    '/2010/04/29/xen-summit/',
    '2010/04/x',
    '/?q=a#b',
    'HTTPS://X.Y/',
  ])('keeps %s', (url) => {
    expect(safeUrl(url)).toBe(url);
  });

  it.each([
    'javascript:alert(document.domain)//',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    '/\\evil.example',
    '\\\\evil.example',
    'mailto:a@b.c',
    'http://a.b/\u0000x',
    '',
    'x'.repeat(3000),
  ])('drops %j', (url) => {
    expect(safeUrl(url)).toBeNull();
  });

  it('null and non-strings are no link', () => {
    expect(safeUrl(null)).toBeNull();
    expect(safeUrl(undefined)).toBeNull();
  });

  it('makes site-relative links absolute against a base, never an unsafe one', () => {
    expect(safeAbsoluteUrl('/2010/x/', 'https://blog.example')).toBe('https://blog.example/2010/x/');
    expect(safeAbsoluteUrl('javascript:alert(1)', 'https://blog.example')).toBeNull();
    expect(safeAbsoluteUrl('/x', 'javascript:alert(1)//')).toBeNull();
  });
});
