import { SUPPORTED_LOCALES } from '@m4pris/platform-core';
import { INSTRUMENTS } from './catalogue.js';
import { OWN_ITEM_TEXT } from './own-items.text.js';
import { ANCHOR_LABELS, anchorLabel, ownItemText } from './own-items.translations.js';

describe('shipped survey wording in five languages', () => {
  it('every own item and its answer labels exist in every language', () => {
    const problems: string[] = [];
    for (const [code, english] of Object.entries(OWN_ITEM_TEXT)) {
      for (const locale of SUPPORTED_LOCALES) {
        const text = ownItemText(code as keyof typeof INSTRUMENTS, locale);
        if (!text) problems.push(`${code}: no ${locale}`);
        else {
          for (const id of Object.keys(english.items)) if (!text.items[id]?.trim()) problems.push(`${code}.${id}: no ${locale} wording`);
          if (text.anchors.length !== english.anchors.length) problems.push(`${code}: ${locale} has ${text.anchors.length} answer labels, English ${english.anchors.length}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('every response anchor of every instrument has a label in every language, never its key', () => {
    const problems: string[] = [];
    for (const def of Object.values(INSTRUMENTS)) {
      for (const anchor of def.responseAnchors) {
        if (!ANCHOR_LABELS[anchor]) problems.push(`${def.code}: ${anchor} has no labels`);
        for (const locale of SUPPORTED_LOCALES) if (anchorLabel(anchor, locale) === anchor) problems.push(`${def.code}: ${anchor} in ${locale}`);
      }
    }
    expect(problems).toEqual([]);
    expect(anchorLabel('at_no_time', 'el')).toBe('Καθόλου');
  });
});
