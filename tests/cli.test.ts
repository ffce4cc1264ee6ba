/**
 * The CLI as the user runs it: the built bundle in a child process (bin/briefwright.js), with
 * real files on disk. Reads back the DOCX and PDF it writes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'briefwright.js');
const annotation = JSON.parse(readFileSync(path.join(root, '../shared/corpus/dev/canada-rok-fdmm-2024.json'), 'utf8'));
const sample = path.join(root, 'resources/samples/canada-rok-fdmm-2024.txt');

function cli(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: root, env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let tmp: string;
beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { cwd: root });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'briefwright-cli-'));
});

describe('briefwright extract', () => {
  it('prints the sample statement structured exactly like its annotation', () => {
    const { code, stdout, stderr } = cli(['extract', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json).slice(0, 5)).toEqual(['meeting', 'participants', 'quotes', 'condemnations', 'initiatives']);
    expect(json.meeting).toEqual({ title: annotation.source.title, date: annotation.meeting.date, location: annotation.meeting.location, kind: annotation.source.kind });
    expect(json.participants.map((p: { name: string; title: string; country: string }) => ({ name: p.name, title: p.title, country: p.country }))).toEqual(annotation.participants);
    expect(json.quotes).toHaveLength(annotation.quotes.length);
    annotation.quotes.forEach((gold: { speaker: string; startsWith: string }, i: number) => {
      expect(json.quotes[i].speaker).toBe(gold.speaker);
      expect(json.quotes[i].text.startsWith(gold.startsWith)).toBe(true);
    });
    for (const category of ['condemnations', 'initiatives'] as const) {
      expect(json[category]).toHaveLength(annotation[category].length);
      for (const gold of annotation[category]) expect(json[category].some((item: { text: string }) => item.text.includes(gold.contains)), gold.contains).toBe(true);
    }
    const text = readFileSync(sample, 'utf8');
    for (const item of json.condemnations) expect(text.slice(item.source.start, item.source.end)).toContain(item.text.slice(0, 20));
  });

  it('reads standard input with "-" and prints a readable summary without --json', () => {
    const { code, stdout } = cli(['extract', '-'], readFileSync(sample));
    expect(code).toBe(0);
    expect(stdout).toContain('Participants (4)');
    expect(stdout).toContain('Mélanie Joly, Minister of Foreign Affairs (Canada)');
  });

  it.each([
    [['extract', 'no-such-file.txt'], /cannot read no-such-file\.txt: no such file/],
    [['extract', '-'], /empty/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['extract', '--bogus'], /unknown option --bogus for extract/],
  ])('fails clearly: %j', (args, message) => {
    const { code, stdout, stderr } = cli(args, '');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('rejects a binary file with one line', () => {
    const file = path.join(tmp, 'image.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    const { code, stderr } = cli(['extract', file]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/binary/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('briefwright render', () => {
  it('writes both formats with the expected content and prints their paths', async () => {
    const out = path.join(tmp, 'note');
    const { code, stdout, stderr } = cli(['render', '--format', 'both', '--out', out, '--prepared-by', 'Test Officer']);
    // The sample's note keeps the template's drafted placeholders: written, with one warning naming them (issue 13 item 7).
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^briefwright: warning: the note still holds 2 placeholders the template drafted for you to complete: "\[Add context: .*\(Background\), "\[Add the next meeting.*\(Next steps\); complete or delete them before sending the note$/)]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([`${out}.docx`, `${out}.pdf`]);

    const { value: docxText } = await mammoth.extractRawText({ path: `${out}.docx` });
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(`${out}.pdf`)));
    const { text: pdfText, totalPages } = await extractText(pdf, { mergePages: true });
    // The sample statement's note is two pages with the bundled fonts (pdf-writer.test.ts holds the layout).
    expect(totalPages).toBe(2);
    for (const text of [docxText, (pdfText as string).replace(/\s+/g, ' ')]) {
      for (const expected of ['Inaugural Canada-ROK Foreign and Defence Ministerial Meeting', 'Participants', 'Key issues', 'Outcomes', 'Quotes', 'Mélanie Joly', 'Bill Blair', 'Cho Tae-yul', 'Kim Yong-hyun', 'Test Officer']) {
        expect(text).toContain(expected);
      }
    }
    expect(pdfText).toContain('UNCLASSIFIED');
  });

  it('adds source comments to the DOCX with --source-comments', async () => {
    const out = path.join(tmp, 'commented.docx');
    const { code } = cli(['render', '--format', 'docx', '--out', out, '--source-comments']);
    expect(code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const comments = await zip.file('word/comments.xml')!.async('string');
    expect(comments).toContain('call on North Korea and Russia to withdraw North Korean troops from Russia.');
  });

  it('warns on stderr about characters no bundled font can draw, and still writes the PDF', () => {
    const out = path.join(tmp, 'devanagari.pdf');
    const statement =
      'Joint statement\n\nNew Delhi – Foreign Minister Arjun Mehta met Minister Mélanie Joly today in New Delhi. ' +
      'The ministers condemned in the strongest terms the attack on the village of अर्जुनपुर.';
    const { code, stderr, stdout } = cli(['render', '-', '--format', 'pdf', '--out', out], statement);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(out);
    expect(stderr).toMatch(/warning: no bundled font can draw अ/);
  });

  it('renders a folder with --batch on worker threads, reporting a bad file and still writing the others', () => {
    const inDir = mkdtempSync(path.join(os.tmpdir(), 'briefwright-batch-in-'));
    const outDir = path.join(tmp, 'batch-out');
    for (let i = 0; i < 5; i++) writeFileSync(path.join(inDir, `statement-${i}.txt`), readFileSync(sample));
    writeFileSync(path.join(inDir, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 4]));
    writeFileSync(path.join(inDir, 'notes.xyz'), 'not a statement format');
    const { code, stdout, stderr } = cli(['render', '--batch', inDir, '--format', 'both', '--out', outDir]);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(10);
    expect(readdirSync(outDir).sort()).toEqual(Array.from({ length: 5 }, (_, i) => [`statement-${i}.docx`, `statement-${i}.pdf`]).flat().sort());
    expect(stderr).toContain('5 of 6 statements rendered');
    expect(stderr).toMatch(/failed: .*broken\.txt: .*binary/);
  });

  it('accepts a template file path and a single format', () => {
    const file = path.join(tmp, 'custom.json');
    const template = JSON.parse(readFileSync(path.join(root, 'templates/briefing-note.json'), 'utf8'));
    writeFileSync(file, JSON.stringify({ ...template, id: 'custom', sections: template.sections.slice(1, 2) }));
    const { code, stdout } = cli(['render', '--template', file, '--format', 'docx', '--out', path.join(tmp, 'custom-note.docx')]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(path.join(tmp, 'custom-note.docx'));
  });

  it.each([
    [['render', '--format', 'pdf', '--out', 'PLACEHOLDER/missing-dir/note'], /folder .* does not exist/],
    [['render', '--template', 'no-such-template', '--format', 'pdf', '--out', 'PLACEHOLDER/x'], /unknown template "no-such-template"/],
    [['render', '--format', 'odt', '--out', 'PLACEHOLDER/x'], /unknown format "odt"/],
    [['render', '--format', 'pdf'], /needs --out/],
    [['render', 'no-such-file.txt', '--format', 'pdf', '--out', 'PLACEHOLDER/x'], /no such file/],
  ])('fails clearly and writes nothing: %j', (args, message) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'briefwright-bad-'));
    const { code, stderr } = cli(args.map((a) => a.replace('PLACEHOLDER', dir)));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('rejects an invalid template file and an unwritable folder without leaving files', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'briefwright-bad-'));
    const bad = path.join(tmp, 'bad-template.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, id: 'x' }));
    const invalid = cli(['render', '--template', bad, '--format', 'pdf', '--out', path.join(dir, 'n')]);
    expect(invalid.code).not.toBe(0);
    expect(invalid.stderr).toMatch(/not a valid Briefwright template/);
    // An output whose folder is really a file cannot be written, even by root.
    const notAFolder = path.join(dir, 'plain-file');
    writeFileSync(notAFolder, 'x');
    const unwritable = cli(['render', '--format', 'both', '--out', path.join(notAFolder, 'n')]);
    expect(unwritable.code).not.toBe(0);
    expect(unwritable.stderr).toMatch(/is not a folder/);
    expect(readdirSync(dir)).toEqual(['plain-file']);
  });
});

describe('briefwright templates', () => {
  it('lists, exports, imports (round trip to an equal template) and renders with an imported template', () => {
    const env = { BRIEFWRIGHT_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'briefwright-data-')) };
    const list = JSON.parse(cli(['templates', 'list', '--json'], undefined, env).stdout);
    expect(list.map((t: { id: string }) => t.id)).toEqual(['briefing-note', 'note-information', 'meeting-readout', 'compte-rendu', 'media-lines', 'lignes-medias', 'one-page-summary', 'resume-une-page']);

    const exported = path.join(tmp, 'exported.briefwright-template.json');
    expect(cli(['templates', 'export', 'media-lines', exported], undefined, env).code).toBe(0);
    const original = JSON.parse(readFileSync(exported, 'utf8'));
    const mine = path.join(tmp, 'mine.json');
    writeFileSync(mine, JSON.stringify({ ...original, id: 'desk-lines', name: 'Desk lines' }));
    const imported = cli(['templates', 'import', mine], undefined, env);
    expect(imported.code, imported.stderr).toBe(0);
    const shown = JSON.parse(cli(['templates', 'show', 'desk-lines'], undefined, env).stdout);
    expect(shown).toEqual({ ...original, id: 'desk-lines', name: 'Desk lines' });
    expect(cli(['templates', 'list'], undefined, env).stdout).toMatch(/desk-lines\s+en\s+yours\s+Desk lines/);

    const out = path.join(tmp, 'desk-note.pdf');
    const rendered = cli(['render', '--template', 'desk-lines', '--format', 'pdf', '--out', out], undefined, env);
    expect(rendered.code, rendered.stderr).toBe(0);
    expect(rendered.stdout.trim()).toBe(out);
  });

  it.each([
    [['templates', 'import', 'PLACEHOLDER/missing.json'], /no such file/],
    [['templates', 'import', 'PLACEHOLDER/builtin.json'], /"briefing-note" is a built-in template/],
    [['templates', 'import', 'PLACEHOLDER/broken.json'], /is not valid JSON/],
    [['templates', 'show', 'nope'], /unknown template "nope"/],
    [['templates', 'frobnicate'], /unknown templates action/],
  ])('fails clearly: %j', (args, message) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'briefwright-tpl-'));
    writeFileSync(path.join(dir, 'builtin.json'), readFileSync(path.join(root, 'templates/briefing-note.json')));
    writeFileSync(path.join(dir, 'broken.json'), '{ "schemaVersion": 1, ');
    const env = { BRIEFWRIGHT_DATA_DIR: path.join(dir, 'data') };
    const { code, stderr } = cli(args.map((a) => a.replace('PLACEHOLDER', dir)), undefined, env);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('what the user sees when a command line or an input is wrong (issue 14)', () => {
  it.each([
    [['extract', '--jsno'], 'unknown option --jsno for extract (see briefwright extract --help)'],
    [['render', '-x', '--format', 'pdf'], 'unknown option -x for render (see briefwright render --help)'],
    [['--frob'], 'unknown option --frob (see briefwright --help)'],
    [['render', '--format', 'docx', '--out'], '--out needs a value (see briefwright render --help)'],
    [['render', '--out', '--format', 'docx'], '--out needs a value, not the option --format (a value that starts with "-" is written --out=--format)'],
    [['extract', '--json=yes'], '--json takes no value (see briefwright extract --help)'],
  ])('%j gets one plain line and exit code 2', (args, message) => {
    const { code, stdout, stderr } = cli(args);
    expect(stderr).toBe(`briefwright: ${message}\n`);
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });

  it.each([
    [['render', '--help'], 'render', ['--template ID|PATH', '--batch DIR', '--pdfa']],
    [['extract', '-h'], 'extract', ['--json']],
    [['help', 'templates'], 'templates', ['templates import LETTERHEAD.docx']],
  ])('%j prints only that command\'s usage', (args, command, options) => {
    const { code, stdout } = cli(args);
    expect(code).toBe(0);
    expect(stdout.startsWith(`Usage:\n  briefwright ${command} `)).toBe(true);
    for (const option of options) expect(stdout).toContain(option);
    for (const other of ['extract', 'render', 'templates'].filter((name) => name !== command)) expect(stdout).not.toContain(`briefwright ${other} `);
  });

  it('--help lists every command and how to get one command\'s usage', () => {
    const { code, stdout } = cli(['--help']);
    expect(code).toBe(0);
    for (const command of ['extract', 'render', 'templates']) expect(stdout).toContain(`briefwright ${command} `);
    expect(stdout).toContain('briefwright COMMAND --help');
  });

  it.each([[''], [' \n\t\n'], ['\ufeff']])('empty standard input (%j) is "standard input is empty"', (input) => {
    const { code, stderr } = cli(['extract', '-'], input);
    expect(stderr).toBe('briefwright: standard input is empty\n');
    expect(code).toBe(1);
  });

  it.skipIf(process.platform !== 'linux')('a folder that takes no new files (/proc) is named, never the temporary file', () => {
    const { code, stdout, stderr } = cli(['render', '--format', 'docx', '--out', '/proc/briefwright-note']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^briefwright: cannot write \/proc\/briefwright-note\.docx: the folder \/proc (does not accept new files \(ENOENT\)|is not writable)/);
    expect(stderr).not.toMatch(/\.tmp|no such file/);
  });
});
