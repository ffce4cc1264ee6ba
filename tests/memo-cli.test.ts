/**
 * The CLI renders a GC decision note (issue 13 item 5): the memo options fill the addressee, FROM,
 * the prepared-by and approved-by blocks; the DOCX and PDF it writes are read back.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'briefwright.js');

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let tmp: string;
beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { cwd: root });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'briefwright-memo-'));
});

const officer = [
  '--to', 'the Minister of Foreign Affairs',
  '--from', 'Assistant Deputy Minister, Asia Pacific',
  '--prepared-by', 'Jane Doe',
  '--prepared-by-title', 'Senior Policy Analyst',
  '--prepared-by-phone', '613-555-0100',
  '--approved-by', 'John Smith',
  '--approved-by-title', 'Director General',
];

async function texts(out: string) {
  const { value: docx } = await mammoth.extractRawText({ path: `${out}.docx` });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(`${out}.pdf`))), { mergePages: true });
  return [docx, text as string].map((value) => value.replace(/[\s\u00a0]+/g, ' '));
}

describe('briefwright render: a GC decision note', () => {
  it('prints the memo heading, the recommendation, the approval block and the officer details in both formats', async () => {
    const out = path.join(tmp, 'decision');
    const { code, stdout, stderr } = cli(['render', '--format', 'both', '--out', out, '--purpose', 'decision', '--date', '2026-12-02', ...officer]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([`${out}.docx`, `${out}.pdf`]);
    // The recommendation the template drafted is a placeholder the officer still has to write: named in the warning.
    expect(stderr).toContain('(Recommendation)');
    for (const text of await texts(out)) {
      for (const expected of [
        'MEMORANDUM TO THE MINISTER OF FOREIGN AFFAIRS',
        'FOR DECISION',
        'Assistant Deputy Minister, Asia Pacific',
        'December 2, 2026',
        'Recommendation',
        '□ Approved',
        '□ Not approved',
        'The Minister of Foreign Affairs',
        'Jane Doe, Senior Policy Analyst, 613-555-0100',
        'John Smith, Director General',
      ]) {
        expect(text).toContain(expected);
      }
    }
  });

  it('an information note has neither the recommendation nor the approval block', async () => {
    const out = path.join(tmp, 'information');
    const { code, stderr } = cli(['render', '--format', 'both', '--out', out, ...officer]);
    expect(code).toBe(0);
    expect(stderr).not.toContain('(Recommendation)');
    for (const text of await texts(out)) {
      expect(text).toContain('FOR INFORMATION');
      expect(text).not.toContain('Recommendation');
      expect(text).not.toContain('Not approved');
    }
  });

  it('a French decision note through the French template', async () => {
    const out = path.join(tmp, 'decision-fr');
    const { code } = cli(['render', '--template', 'note-information', '--format', 'both', '--out', out, '--purpose', 'decision', '--date', '2026-12-02', '--to', 'la ministre des Affaires étrangères', '--from', 'Sous-ministre adjointe']);
    expect(code).toBe(0);
    for (const text of await texts(out)) {
      for (const expected of ['NOTE À LA MINISTRE DES AFFAIRES ÉTRANGÈRES', 'POUR DÉCISION', 'DE : Sous-ministre adjointe', 'le 2 décembre 2026', 'Recommandation', '□ Approuvé', '□ Non approuvé']) {
        expect(text).toContain(expected);
      }
    }
  });
});
