#!/usr/bin/python3
"""Derives the PDF fonts in resources/fonts/pdf from the bundled Liberation fonts.

Why: pdfkit (inside pdfmake) parses a font's OpenType layout tables (GSUB, GPOS, GDEF) for every
PDF it writes, and that was ~70 % of a note's render time (first layout of Liberation Sans
25-120 ms; without those tables 3-7 ms). The legacy 'kern' table stays, so kerning and every glyph
are unchanged. The SIL OFL reserves the name "Liberation" for unmodified fonts, so the derived
fonts are renamed "Briefwright Sans" and "Briefwright Serif" (OFL 1.1, section 3).

Run from the repository root after changing the source fonts (needs Debian's python3-fonttools):
    /usr/bin/python3 scripts/prepare-pdf-fonts.py
"""
from pathlib import Path

from fontTools.ttLib import TTFont

SOURCE = Path('resources/fonts')
TARGET = SOURCE / 'pdf'
FAMILIES = {'LiberationSans': 'Briefwright Sans', 'LiberationSerif': 'Briefwright Serif'}
STYLES = {'Regular': 'Regular', 'Bold': 'Bold', 'Italic': 'Italic', 'BoldItalic': 'Bold Italic'}

TARGET.mkdir(exist_ok=True)
for source_family, family in FAMILIES.items():
    for style_file, style in STYLES.items():
        font = TTFont(SOURCE / f'{source_family}-{style_file}.ttf')
        for table in ('GSUB', 'GPOS', 'GDEF'):
            if table in font:
                del font[table]
        postscript = f"{family.replace(' ', '')}-{style_file}"
        names = font['name']
        for record in list(names.names):
            if record.nameID in (1, 16):
                names.setName(family, record.nameID, record.platformID, record.platEncID, record.langID)
            elif record.nameID == 3:
                names.setName(f'{postscript}; derived by Briefwright', 3, record.platformID, record.platEncID, record.langID)
            elif record.nameID == 4:
                names.setName(f'{family} {style}', 4, record.platformID, record.platEncID, record.langID)
            elif record.nameID == 6:
                names.setName(postscript, 6, record.platformID, record.platEncID, record.langID)
        out = TARGET / f'{postscript}.ttf'
        font.save(out)
        print(out)
