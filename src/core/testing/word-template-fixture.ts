/**
 * Word templates built in memory for the core tests: a letterhead paragraph in a style of its own,
 * a header and a footer with the marking, and placeholders split across runs as Word saves them
 * after an edit. The CLI tests use a template LibreOffice made (tests/fixtures/word-templates).
 */
import { Document, Footer, Header, Packer, Paragraph, TextRun } from 'docx';

export interface WordFixtureOptions {
  /** Define a "List Bullet" paragraph style, as Word's Normal template does. */
  readonly listBulletStyle?: boolean;
  /** Body paragraphs, each given as its runs' texts; of three runs, the middle one is bold (a split placeholder). */
  readonly body?: readonly (readonly string[])[];
  /** A header and a footer with the marking (default: true). */
  readonly furniture?: boolean;
}

const furniture = () => ({
  headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun('{{classification}}')] })] }) },
  footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun('{{classification}} — File {{file-number}}')] })] }) },
});

export async function makeWordTemplate(options: WordFixtureOptions = {}): Promise<Uint8Array> {
  const body = options.body ?? [
    ['{{ti', 'tl', 'e}}'],
    ['Date: ', '{', '{date}}'],
    ['{{section:summary}}'],
    ['{{participants}}'],
    ['{{quotes}}'],
    ['{{condemnations}}'],
    ['{{initiatives}}'],
  ];
  const document = new Document({
    styles: {
      paragraphStyles: [
        { id: 'Letterhead', name: 'Letterhead', run: { bold: true, size: 30, color: '8B1A1A' } },
        { id: 'BodyCopy', name: 'Body Copy', run: { size: 22 } },
        ...(options.listBulletStyle ? [{ id: 'ListBullet', name: 'List Bullet', paragraph: { indent: { left: 360, hanging: 360 } } }] : []),
      ],
    },
    sections: [
      {
        ...(options.furniture === false ? {} : furniture()),
        children: [
          new Paragraph({ style: 'Letterhead', children: [new TextRun('Global Affairs Canada — Asia-Pacific Branch')] }),
          ...body.map((runs) => new Paragraph({ style: 'BodyCopy', children: runs.map((text, index) => new TextRun({ text, bold: index === 1 && runs.length > 2 })) })),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
