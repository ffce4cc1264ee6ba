/**
 * Renders the sample statement through every built-in template with the CLI, exactly as a user
 * would, with fixed metadata so the output is the same on every machine. Shared by the output
 * validation test and the script that regenerates the visual references.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { listBuiltInTemplates } from '../../src/core/templates/template-loader';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const referencesDir = path.join(repoRoot, 'tests', 'output', 'references');

/** Fixed inputs: the note must not change with the day the test runs. */
export const FIXED_ARGS = ['--date', '2024-11-27', '--prepared-by', 'J. Tremblay, Korea Desk', '--file-number', 'BN-2024-0417'];

export function buildCli(): void {
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-cli.mjs')], { cwd: repoRoot });
}

export interface RenderedNote {
  readonly templateId: string;
  readonly docx: string;
  readonly pdf: string;
}

export function renderBuiltIns(outDir: string): RenderedNote[] {
  return listBuiltInTemplates().map((template) => {
    const base = path.join(outDir, template.id);
    execFileSync(process.execPath, [path.join(repoRoot, 'bin', 'briefwright.js'), 'render', '--template', template.id, '--format', 'both', '--out', base, ...FIXED_ARGS], {
      cwd: repoRoot,
    });
    return { templateId: template.id, docx: `${base}.docx`, pdf: `${base}.pdf` };
  });
}

/** Page 1 of a PDF as a grey PNG at 50 dpi (poppler's pdftoppm). Returns the PNG's path. */
export function firstPagePng(pdf: string, outBase: string): string {
  execFileSync('pdftoppm', ['-png', '-gray', '-r', '50', '-f', '1', '-l', '1', '-singlefile', pdf, outBase]);
  return `${outBase}.png`;
}
