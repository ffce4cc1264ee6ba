/**
 * Every importer end to end, as the user runs it: `briefwright extract FILE --json` in a child
 * process on real files made from corpus texts (an HTML page written like a Government of Canada
 * release, with navigation, scripts, a footer and an aside; DOCX and PDF converted from the corpus
 * .txt by LibreOffice, one of them the hard-wrapped odd-formatting text; a Briefwright
 * structured-statement JSON). Each output is scored against the
 * corpus annotation: a format must lose nothing the plain text gives.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractStatement } from '../src/core/extract/extract-statement';
import { serializeStructuredStatement, STRUCTURED_STATEMENT_FORMAT_VERSION } from '../src/core/import/structured-statement-file';
import { importText } from '../src/core/import/text-importer';
import { CATEGORIES, goldAnnotationSchema, scoreStatement } from '../scripts/eval-scoring';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'briefwright.js');
const fixtures = path.join(root, 'tests/fixtures/statements');
const corpus = path.join(root, '../shared/corpus/dev');

function cli(args: string[], input?: Buffer) {
  const result = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: root });
  // A child ended by a signal has no status: say which signal, so a failure names its cause.
  return { code: result.status ?? `killed by ${result.signal}`, stdout: result.stdout, stderr: result.stderr };
}

function expectPerfectScore(id: string, stdout: string): void {
  const gold = goldAnnotationSchema.parse(JSON.parse(readFileSync(path.join(corpus, `${id}.json`), 'utf8')));
  const json = JSON.parse(stdout);
  const result = scoreStatement(gold, json);
  for (const category of CATEGORIES) {
    const { misses, extras } = result[category];
    expect({ category, misses, extras }).toEqual({ category, misses: [], extras: [] });
  }
  expect(json.meeting.title).toBe(gold.source.title);
  expect(json.meeting.date).toBe(gold.meeting.date);
  expect(json.meeting.location).toBe(gold.meeting.location);
}

let tmp: string;
beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { cwd: root });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'briefwright-importers-'));
});

describe('briefwright extract FILE --json, for every format', () => {
  it.each([
    ['canada-chile-oceans-2025.html'],
    ['canada-chile-oceans-2025.docx'],
    ['canada-mexique-securite-alimentaire-2025.docx'],
    ['pacific-resilience-trilateral-2025.docx'], // one Word paragraph per hard-wrapped line
    ['canada-mexique-securite-alimentaire-2025.pdf'],
    ['korea-germany-fmm-2025.pdf'],
  ])('%s extracts exactly what the annotation lists', (file) => {
    const { code, stdout, stderr } = cli(['extract', path.join(fixtures, file), '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expectPerfectScore(file.replace(/\.\w+$/, ''), stdout);
  });

  it('keeps the page content and drops navigation, scripts, styles, the aside and the footer', () => {
    const { stdout } = cli(['extract', path.join(fixtures, 'canada-chile-oceans-2025.html')]);
    expect(stdout).not.toMatch(/Skip to|Tracking|Search Canada|Terms|Features|this aside/);
    expect(stdout).toContain('Participants (3)');
  });

  it('detects the format by content when the name does not say it', () => {
    const renamed = path.join(tmp, 'statement-from-email');
    copyFileSync(path.join(fixtures, 'korea-germany-fmm-2025.pdf'), renamed);
    expectPerfectScore('korea-germany-fmm-2025', cli(['extract', renamed, '--json']).stdout);
    const docx = readFileSync(path.join(fixtures, 'canada-mexique-securite-alimentaire-2025.docx'));
    expectPerfectScore('canada-mexique-securite-alimentaire-2025', cli(['extract', '-', '--json'], docx).stdout);
    const html = readFileSync(path.join(fixtures, 'canada-chile-oceans-2025.html'));
    expectPerfectScore('canada-chile-oceans-2025', cli(['extract', '-', '--json'], html).stdout);
  });

  it('reads a Briefwright structured statement (JSON) back', () => {
    const statement = importText(readFileSync(path.join(corpus, 'belarus-journalist-joint-statement-2025.txt'), 'utf8'));
    const file = path.join(tmp, 'belarus.structured.json');
    writeFileSync(file, serializeStructuredStatement({ sourceName: 'belarus.txt', statementText: statement.text, structured: extractStatement(statement) }));
    const { code, stdout, stderr } = cli(['extract', file, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expectPerfectScore('belarus-journalist-joint-statement-2025', stdout);
  });

  it.each([
    ['newer.json', JSON.stringify({ format: 'briefwright-structured-statement', formatVersion: STRUCTURED_STATEMENT_FORMAT_VERSION + 1 }), /newer version of Briefwright.*update Briefwright/],
    ['other.json', '{"meeting": {}}', /is JSON but not a Briefwright structured statement/],
    ['broken.json', '{"format": "briefwright-structured-statement", "formatVersion": 1, "statementText": "x", "structured": {}}', /not a valid Briefwright structured statement \(at "structured\./],
    ['fake.docx', 'plain words, not a zip', /is not a Word document/],
    ['fake.pdf', '%PDF-1.7 then nothing', /could not be read as a PDF/],
    ['zip.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), /could not be read as a Word document/],
    ['notes.rtf', '{\\rtf1 hello}', /not a Briefwright structured statement|not valid JSON/],
    ['slides.pptx.bin', 'plain', /is not in a supported format/],
  ])('refuses %s with one clear line', (name, content, message) => {
    const file = path.join(tmp, name);
    writeFileSync(file, content);
    const { code, stdout, stderr } = cli(['extract', file, '--json']);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
