/**
 * Which bundle bin/briefwright.js starts (issue 16): the extract bundle for `extract`, the DOCX bundle
 * (no PDF engine) for a render that asks only for DOCX, the whole CLI for everything else. The CLI
 * tests run the real launcher, so each bundle's behaviour is tested there; this holds the choice.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain CommonJS module of the launcher (bin/package.json), without type declarations
import { bundleFor } from '../bin/cli-bundle.js';

describe('bundleFor', () => {
  it('runs extract from the extract bundle and a DOCX-only render from the DOCX bundle', () => {
    expect(bundleFor(['extract', '--json', 'a.txt'])).toBe('extract.cjs');
    expect(bundleFor(['render', 'a.txt', '--format', 'docx', '--out', 'n'])).toBe('docx.cjs');
    expect(bundleFor(['render', '--format=docx', '--out', 'n', '--template', 'letterhead.docx'])).toBe('docx.cjs');
  });

  it('runs the whole CLI whenever a PDF, a batch or anything unclear is asked for', () => {
    expect(bundleFor(['render', '--format', 'pdf', '--out', 'n'])).toBe('briefwright.cjs');
    expect(bundleFor(['render', '--format', 'both', '--out', 'n'])).toBe('briefwright.cjs');
    expect(bundleFor(['render', '--format', 'docx', '--format', 'pdf', '--out', 'n'])).toBe('briefwright.cjs');
    expect(bundleFor(['render', '--batch', 'in', '--format', 'docx', '--out', 'out'])).toBe('briefwright.cjs');
    expect(bundleFor(['render', '--batch=in', '--format', 'docx', '--out', 'out'])).toBe('briefwright.cjs');
    expect(bundleFor(['render', '--out', 'n'])).toBe('briefwright.cjs'); // no format: the whole CLI says what is missing
    expect(bundleFor(['render', '--format', 'docx', '--', '--format'])).toBe('briefwright.cjs');
    expect(bundleFor(['templates', 'list'])).toBe('briefwright.cjs');
    expect(bundleFor([])).toBe('briefwright.cjs');
  });

  it('names bundles the build wrote', () => {
    for (const bundle of ['extract.cjs', 'docx.cjs', 'briefwright.cjs']) expect(existsSync(new URL(`../dist/cli/${bundle}`, import.meta.url)), bundle).toBe(true);
  });
});
