import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError, importStatementBytes } from './importers';
import { importText } from './text-importer';

const sentencesOf = (text: string): string[] => {
  const statement = importText(text);
  return statement.sentences.map((s) => statement.text.slice(s.start, s.end));
};

describe('importText', () => {
  it('keeps the text (CRLF → LF, BOM dropped) and reads a title line', () => {
    const statement = importText('\uFEFFTitle here\r\n\r\nFirst paragraph. Second sentence.\r\n');
    expect(statement.text).toBe('Title here\n\nFirst paragraph. Second sentence.\n');
    expect(statement.title).toBe('Title here');
    expect(statement.paragraphs).toHaveLength(2);
    expect(sentencesOf(statement.text)).toEqual(['Title here', 'First paragraph.', 'Second sentence.']);
  });

  it('reads the reference release: no title line, one paragraph per line', () => {
    const text = readFileSync(path.resolve(__dirname, '../../../resources/samples/canada-rok-fdmm-2024.txt'), 'utf8');
    const statement = importText(text);
    expect(statement.title).toBeNull();
    expect(statement.language).toBe('en');
    expect(statement.paragraphs).toHaveLength(12);
    expect(statement.text.slice(statement.sentences[0]?.start, statement.sentences[0]?.end)).toMatch(/^Ottawa – Mélanie Joly.*Ministerial Meeting\.$/);
    for (const s of statement.sentences) expect(statement.text.slice(s.start, s.end).trim()).toBe(statement.text.slice(s.start, s.end));
  });

  it('does not end sentences at abbreviations, initials or numbered paragraphs', () => {
    expect(sentencesOf('1. On March 3, Mr. MIYAZONO Kenji met H.E. Mr. Do Minh Khoa. The U.S. Secretary and Dr. Smith of St. John’s agreed. Lester B. Pearson spoke at 4:15 p.m. today.')).toEqual([
      'On March 3, Mr. MIYAZONO Kenji met H.E. Mr. Do Minh Khoa.',
      'The U.S. Secretary and Dr. Smith of St. John’s agreed.',
      'Lester B. Pearson spoke at 4:15 p.m. today.',
    ]);
    expect(sentencesOf('They expand U.S.-Estonian ties.  The Secretary left.')).toEqual(['They expand U.S.-Estonian ties.', 'The Secretary left.']);
  });

  it('keeps closing quotes and French guillemets with their sentence', () => {
    expect(sentencesOf('He said “We agree.” Then he left. « Nous agissons. » – L’honorable X, ministre')).toEqual([
      'He said “We agree.”',
      'Then he left.',
      '« Nous agissons. » – L’honorable X, ministre',
    ]);
    expect(importText('« Le Sénégal est un pilier\u00a0», a déclaré la ministre. Les deux pays ont convenu de tenir le dialogue.').language).toBe('fr');
  });

  it('splits bullets, joins hard-wrapped lines', () => {
    const statement = importText(
      'The ministers agreed to:\n  • establish a group to map\n    repair capacity;\n  - hold a meeting in Apia.\nHon Jane Doe, New Zealand’s Minister of Foreign Affairs, today met Fiji’s Minister, Ratu\nJosefa Vakaloloma, in Suva.',
    );
    const sentences = statement.sentences.map((s) => statement.text.slice(s.start, s.end));
    expect(sentences).toEqual([
      'The ministers agreed to:',
      'establish a group to map\n    repair capacity;',
      'hold a meeting in Apia.',
      'Hon Jane Doe, New Zealand’s Minister of Foreign Affairs, today met Fiji’s Minister, Ratu\nJosefa Vakaloloma, in Suva.',
    ]);
  });

  it('never throws on odd input', () => {
    for (const text of ['', '\n', '.', '“', '1.', '•', ' \u00a0 ', 'a'.repeat(10_000)]) expect(() => importText(text)).not.toThrow();
  });
});

describe('importStatementBytes', () => {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('decodes UTF-8 with and without a BOM', () => {
    expect(importStatementBytes(utf8('Mélanie Joly met.'), 'a.txt').text).toBe('Mélanie Joly met.');
    expect(importStatementBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Déclaration.')]), 'a.txt').text).toBe('Déclaration.');
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (const ch of 'Sénégal “ok”.') {
      const code = ch.charCodeAt(0);
      le.push(code & 0xff, code >> 8);
      be.push(code >> 8, code & 0xff);
    }
    expect(importStatementBytes(new Uint8Array(le), 'a.txt').text).toBe('Sénégal “ok”.');
    expect(importStatementBytes(new Uint8Array(be), 'a.txt').text).toBe('Sénégal “ok”.');
  });

  it('falls back to windows-1252 when the bytes are not UTF-8', () => {
    // “Sécurité” in cp1252: 0x93 S 0xE9 c u r i t 0xE9 0x94
    const bytes = new Uint8Array([0x93, 0x53, 0xe9, 0x63, 0x75, 0x72, 0x69, 0x74, 0xe9, 0x94]);
    expect(importStatementBytes(bytes, 'a.txt').text).toBe('“Sécurité”');
  });

  it('rejects empty, binary and oversized input with a one-line message', () => {
    expect(() => importStatementBytes(new Uint8Array(), 'empty.txt')).toThrow(new ImportError('empty.txt is empty'));
    expect(() => importStatementBytes(utf8(' \n\t\n'), 'blank.txt')).toThrow(/blank\.txt is empty/);
    const binary = new Uint8Array([0x00, 0x01, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x01, 0x02, 0x03, 0x41]);
    expect(() => importStatementBytes(binary, 'x.txt')).toThrow('x.txt does not look like a text statement (binary content)');
    // A ZIP signature is a DOCX whatever the name says; its parsing is asynchronous (importStatement).
    expect(() => importStatementBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]), 'x.txt')).toThrow(/x\.txt is a DOCX file/);
    expect(() => importStatementBytes(new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61), 'big.txt')).toThrow(/big\.txt is too large/);
    try {
      importStatementBytes(new Uint8Array());
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect(String((error as Error).message)).not.toContain('\n');
    }
  });

  it('dispatches by extension through the registry', () => {
    expect(importStatementBytes(utf8('Text.'), 'notes.md').text).toBe('Text.');
    expect(importStatementBytes(utf8('Text.'), 'README').text).toBe('Text.');
    expect(importStatementBytes(utf8('Text.')).text).toBe('Text.');
    expect(() => importStatementBytes(utf8('Text.'), 'statement.pdf')).toThrow(ImportError);
  });
});
