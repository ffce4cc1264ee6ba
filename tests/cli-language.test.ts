/**
 * The CLI in the officer's language (issue 15): the built bundle in a child process, in French by
 * LANG=fr_CA.UTF-8 or by --lang fr, in English for a locale that is neither (de_DE) — usage,
 * argument errors, import errors of the core (rendered by their codes), render warnings.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'briefwright.js');
const NBSP = '\u00a0';

function cli(args: string[], locale: { LANG?: string; LC_ALL?: string; LC_MESSAGES?: string } = {}) {
  const env = { ...process.env, LANG: '', LC_ALL: '', LC_MESSAGES: '', ...locale };
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root, env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let tmp: string;
beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { cwd: root });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'briefwright-cli-lang-'));
});

describe('the CLI in French', () => {
  it('prints its usage in French with LANG=fr_CA.UTF-8', () => {
    const { code, stdout } = cli(['--help'], { LANG: 'fr_CA.UTF-8' });
    expect(code).toBe(0);
    expect(stdout.startsWith(`Utilisation${NBSP}:\n  briefwright extract [FICHIER|-] [--json]\n`)).toBe(true);
    expect(stdout).toContain('  briefwright render [FICHIER|-] --format docx|pdf|both --out CHEMIN [options]\n      Produit une note d\'information.');
    expect(stdout).toContain('{{espaces réservés}}');
    expect(stdout).not.toMatch(/Usage:|Render a briefing note/);
    expect(cli(['render', '--help'], { LANG: 'fr_CA.UTF-8' }).stdout).toMatch(new RegExp(`^Utilisation${NBSP}:\n  briefwright render \\[FICHIER\\|-\\]`));
  });

  it('says an argument error in French with --lang fr, whatever the environment', () => {
    const { code, stdout, stderr } = cli(['render', '--jsno', '--lang', 'fr'], { LANG: 'en_CA.UTF-8' });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`briefwright${NBSP}: option inconnue --jsno pour render (voir briefwright render --help)\n`);
    expect(cli(['render', '--format', 'odt', '--out', 'x', '--lang=fr']).stderr).toBe(`briefwright${NBSP}: format inconnu «${NBSP}odt${NBSP}»${NBSP}; utilisez docx, pdf ou both\n`);
  });

  it('says the core’s import errors in French: a damaged PDF, an oversized file', () => {
    const damaged = path.join(tmp, 'abîmé.pdf');
    writeFileSync(damaged, '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer garbage');
    const pdf = cli(['extract', damaged], { LANG: 'fr_CA.UTF-8' });
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toBe(`briefwright${NBSP}: ${damaged}${NBSP}: abîmé.pdf n'a pu être lu comme PDF${NBSP}; il est peut-être endommagé ou protégé par un mot de passe\n`);
    const large = path.join(tmp, 'gros.txt');
    writeFileSync(large, Buffer.alloc(6 * 1024 * 1024, 'a'));
    const big = cli(['extract', large, '--lang', 'fr']);
    expect(big.code).toBe(1);
    expect(big.stderr).toBe(`briefwright${NBSP}: ${large} est trop volumineux pour être lu (6,0${NBSP}Mo${NBSP}; la limite est de 5${NBSP}Mo)${NBSP}: Briefwright lit les déclarations jusqu'à 5${NBSP}Mo\n`);
    const empty = spawnSync(process.execPath, [bin, 'extract', '-'], { input: '', encoding: 'utf8', env: { ...process.env, LC_ALL: 'fr_FR.UTF-8' } });
    expect(empty.stderr).toBe(`briefwright${NBSP}: l'entrée standard est vide\n`);
  });

  it('warns in French when a rendered note still holds drafted placeholders', () => {
    const out = path.join(tmp, 'note');
    const { code, stdout, stderr } = cli(['render', '--format', 'docx', '--out', out], { LANG: 'fr_CA.UTF-8' });
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(`${out}.docx`);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(`^briefwright${NBSP}: avertissement${NBSP}: la note contient encore 2 espaces réservés que le modèle a rédigés pour que vous les complétiez${NBSP}: «${NBSP}\\[Add context: .*${NBSP}» \\(Background\\), «${NBSP}\\[Add the next meeting.*\\(Next steps\\)${NBSP}; complétez-les ou supprimez-les avant d'envoyer la note$`),
      ),
    ]);
  });
});

describe('the CLI in English', () => {
  it('falls back to English for LANG=de_DE.UTF-8, and LC_ALL decides over LANG', () => {
    const help = cli(['--help'], { LANG: 'de_DE.UTF-8' });
    expect(help.stdout.startsWith('Usage:\n  briefwright extract [FILE|-] [--json]\n')).toBe(true);
    expect(cli(['render', '--jsno'], { LANG: 'de_DE.UTF-8' }).stderr).toBe('briefwright: unknown option --jsno for render (see briefwright render --help)\n');
    expect(cli(['--help'], { LC_ALL: 'de_DE.UTF-8', LANG: 'fr_CA.UTF-8' }).stdout.startsWith('Usage:')).toBe(true);
    expect(cli(['--help'], { LC_MESSAGES: 'fr_CA.UTF-8', LANG: 'en_CA.UTF-8' }).stdout.startsWith(`Utilisation${NBSP}:`)).toBe(true);
  });

  it('refuses a --lang it does not know, in the environment’s language', () => {
    expect(cli(['--help', '--lang', 'de'])).toEqual({ code: 2, stdout: '', stderr: 'briefwright: --lang must be en or fr, not "de"\n' });
    expect(cli(['--help', '--lang', 'de'], { LANG: 'fr_CA.UTF-8' }).stderr).toBe(`briefwright${NBSP}: --lang doit valoir en ou fr, pas «${NBSP}de${NBSP}»\n`);
  });
});
