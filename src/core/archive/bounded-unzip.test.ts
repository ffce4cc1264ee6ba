import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeDocxBomb } from '../testing/zip-bomb-fixture';
import { checkZipUnpackedSize, listZipEntries, UnpackLimitError, unzipBounded, ZipFormatError } from './bounded-unzip';

const MB = 1024 * 1024;
const limits = { maxTotalBytes: 8 * MB, maxXmlBytes: 2 * MB };

describe('bounded unzip', () => {
  const small = zipSync({ 'word/document.xml': strToU8('<w:document>hello</w:document>'), 'media/logo.png': [new Uint8Array(3 * MB).fill(7), { level: 0 }], '[Content_Types].xml': strToU8('<Types/>') });

  it('lists the central directory and unpacks what is wanted, byte for byte', () => {
    expect(listZipEntries(small).map((entry) => entry.name).sort()).toEqual(['[Content_Types].xml', 'media/logo.png', 'word/document.xml']);
    const files = unzipBounded(small, limits, (name) => name.endsWith('.xml'));
    const reference = unzipSync(small, { filter: (file) => file.name.endsWith('.xml') });
    expect(files).toEqual(reference);
    expect(checkZipUnpackedSize(small, limits)).toEqual({ totalBytes: 3 * MB + 38, xmlBytes: 38 });
  });

  it('refuses by the declared sizes without inflating anything', () => {
    // Every entry's compressed bytes are overwritten with garbage, headers and directory kept: any
    // inflating would fail on them, so a refusal by size proves nothing was inflated first.
    const bomb = makeDocxBomb(70);
    for (const entry of listZipEntries(bomb)) bomb.fill(0xff, entry.dataOffset, entry.dataOffset + entry.compressedSize);
    expect(() => checkZipUnpackedSize(bomb, { maxTotalBytes: 64 * MB, maxXmlBytes: 4 * MB })).toThrow(new UnpackLimitError('unpacks to more than 64 MB (70 MB declared)'));
    // The control: within the declared sizes it does inflate, and meets the garbage.
    expect(() => checkZipUnpackedSize(bomb, { maxTotalBytes: 128 * MB, maxXmlBytes: 128 * MB })).toThrow(new ZipFormatError('the zip entry [Content_Types].xml is damaged (invalid block type)'));
  });

  it('refuses by the actual size when the central directory lies, having inflated no more than the cap', () => {
    const liar = makeDocxBomb(20, { fill: 'spaces', declaredSize: 100 });
    expect(() => checkZipUnpackedSize(liar, limits)).toThrow(/^holds XML that unpacks to more than 2 MB$/);
    expect(() => unzipBounded(liar, limits, () => true)).toThrow(UnpackLimitError);
    expect(() => unzipBounded(liar, { maxTotalBytes: MB, maxXmlBytes: 4 * MB }, () => true)).toThrow(/^unpacks to more than 1 MB$/);
  });

  it('says what is wrong with something that is not a zip', () => {
    expect(() => listZipEntries(strToU8('PK\u0003\u0004 not really'))).toThrow(ZipFormatError);
    expect(() => listZipEntries(small.subarray(0, small.length - 30))).toThrow(ZipFormatError);
  });
});
