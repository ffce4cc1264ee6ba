import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError, importStatement, importStatementBytes } from './importers';
import fc from 'fast-check';
import { detectLanguage, importText } from './text-importer';

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
    // Without a file name the message names "the file", still on one line.
    expect(() => importStatementBytes(new Uint8Array())).toThrow(ImportError);
    expect(() => importStatementBytes(new Uint8Array())).toThrow(new ImportError('The file is empty'));
  });

  it('dispatches by extension through the registry', () => {
    expect(importStatementBytes(utf8('Text.'), 'notes.md').text).toBe('Text.');
    expect(importStatementBytes(utf8('Text.'), 'README').text).toBe('Text.');
    expect(importStatementBytes(utf8('Text.')).text).toBe('Text.');
    expect(() => importStatementBytes(utf8('Text.'), 'statement.pdf')).toThrow(ImportError);
  });
});

describe('a UTF-8 file with a bad byte', () => {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
  // A readout in UTF-8 (em dashes, accented names) with one stray byte (0xFF) in the middle.
  const readout = 'Ottawa — Mélanie Joly met Cho Tae-yul — Korea’s minister — today.\n\nThey agreed on “security” and the Francophonie.\n';
  const damaged = (): Uint8Array => {
    const at = readout.indexOf(' met') + 1;
    return new Uint8Array([...utf8(readout.slice(0, at)), 0xff, ...utf8(readout.slice(at))]);
  };

  it('stays UTF-8: only the bad byte is replaced, and the import says how many characters were', async () => {
    const imported = await importStatement(damaged(), 'readout.txt');
    expect(imported.statement.text).toContain('Ottawa — Mélanie Joly');
    expect(imported.statement.text).toContain('Korea’s minister');
    expect(imported.statement.text).not.toContain('â€');
    expect([...imported.statement.text].filter((ch) => ch === '\uFFFD')).toHaveLength(1);
    expect(imported.warnings).toEqual([expect.stringMatching(/^readout\.txt is not entirely valid UTF-8: 1 character could not be read and was replaced/)]);
  });

  it('counts every replaced character, in an HTML page too', async () => {
    const twoBad = new Uint8Array([...damaged(), 0xc3, 0x28, ...utf8(' Un — deux — trois — quatre — cinq.')]);
    expect((await importStatement(twoBad, 'r.txt')).warnings[0]).toMatch(/2 characters could not be read and were replaced/);
    const html = new Uint8Array([...utf8('<html><body><p>'), ...damaged(), ...utf8('</p></body></html>')]);
    const page = await importStatement(html, 'page.html');
    expect(page.statement.text).toContain('Mélanie Joly');
    expect(page.warnings[0]).toMatch(/^page\.html is not entirely valid UTF-8: 1 character/);
  });

  it('a file of windows-1252 accents is still windows-1252, without a warning', async () => {
    // “Sécurité” and “Québec” in cp1252, several times: no valid UTF-8 sequence in it.
    const cp1252 = new Uint8Array([...Array(3)].flatMap(() => [0x93, 0x53, 0xe9, 0x63, 0x75, 0x72, 0x69, 0x74, 0xe9, 0x94, 0x20, 0x51, 0x75, 0xe9, 0x62, 0x65, 0x63, 0x2e, 0x20]));
    const imported = await importStatement(cp1252, 'fr.txt');
    expect(imported.statement.text).toContain('“Sécurité” Québec.');
    expect(imported.warnings).toEqual([]);
    // Plain ASCII with one 0x92 is a windows-1252 apostrophe, not a damaged UTF-8 file.
    expect((await importStatement(new Uint8Array([...utf8('Canada'), 0x92, ...utf8('s minister spoke.')]), 'a.txt')).statement.text).toBe('Canada’s minister spoke.');
  });
});

describe('sentences of paragraphs with and without terminal marks', () => {
  const sentencesOf = (text: string) => {
    const statement = importText(text);
    return statement.sentences.map((s) => statement.text.slice(s.start, s.end));
  };

  it('splits each paragraph at its own marks, however many paragraphs before it have none', () => {
    const text = 'Title\n\n• agreed to launch\n\n• agreed to meet\n\nThey met. They agreed.\n\n• no mark here\n\nLast one. Done!';
    expect(sentencesOf(text)).toEqual(['Title', 'agreed to launch', 'agreed to meet', 'They met.', 'They agreed.', 'no mark here', 'Last one.', 'Done!']);
  });

  it('gives the same sentences when another text is split in between (the remembered mark belongs to one text)', () => {
    const a = 'Title\n\nno mark\n\nOne. Two.';
    const b = 'Other\n\nThree. Four.\n\nno mark';
    const first = sentencesOf(a);
    expect(sentencesOf(b)).toEqual(['Other', 'Three.', 'Four.', 'no mark']);
    expect(sentencesOf(a)).toEqual(first);
    expect(first).toEqual(['Title', 'no mark', 'One.', 'Two.']);
  });

  it('does not end a sentence at « MM. » (Messieurs) before names, but does at "155 mm." in lower case', () => {
    expect(sentencesOf('Titre\n\nLe Premier ministre est venu. MM. Chrétien et Jospin ont rendu publiques deux déclarations.')).toEqual([
      'Titre',
      'Le Premier ministre est venu.',
      'MM. Chrétien et Jospin ont rendu publiques deux déclarations.',
    ]);
    expect(sentencesOf('Title\n\nCanada sends shells of 155 mm. They arrive soon.')).toEqual(['Title', 'Canada sends shells of 155 mm.', 'They arrive soon.']);
  });
});

describe('detectLanguage', () => {
  // The first way of counting: every run of letters (\p{L}) is a word. The hand-written scan must count exactly the same.
  const byRegex = (text: string) => {
    const en = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'with', 'for', 'on', 'that', 'will', 'their', 'its', 'by', 'are', 'from', 'this', 'have', 'has']);
    const fr = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'de', 'à', 'pour', 'une', 'est', 'sur', 'dans', 'qui', 'avec', 'leur', 'ont', 'au', 'aux', 'ces']);
    let e = 0;
    let f = 0;
    for (const match of text.slice(0, 50_000).toLowerCase().matchAll(/[\p{L}]+/gu)) {
      if (en.has(match[0])) e++;
      if (fr.has(match[0])) f++;
    }
    return f > e ? 'fr' : 'en';
  };
  it('reads words as runs of letters, whatever the letters around them', () => {
    // A stop word glued to a letter of another script, an astral letter or a combining mark is no stop word; one after an emoji,
    // a dash or a non-breaking space is.
    const words = ['le', 'de', 'et', 'the', 'of', 'their', 'THEIR', 'theirs', 'avec', 'à', 'À', 'LE', 'les', 'and', 'Дe', '𝐀', 'é', 'ß', 'ı', 'İ', '\u0301', '😀', '—', '\u00a0', ' ', "'", '’', '1', 'x', 'ün'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(detectLanguage(text)).toBe(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });
  it('counts French function words, even with an astral letter or an emoji between them', () => {
    expect(detectLanguage('le 😀 de et 𝐀the')).toBe('fr');
    expect(detectLanguage('le𝐀 de𝐀 the and')).toBe('en');
    expect(detectLanguage('À LA')).toBe('fr');
  });
});
