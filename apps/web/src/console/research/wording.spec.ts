import { describe, expect, it } from 'vitest';
import { splitWording, wordingField } from './wording';

const ids = ['who5_1', 'who5_2', 'who5_3'];

describe('splitWording', () => {
  it('gives one line to each item in order, without numbering, skipping empty lines', () => {
    expect(splitWording('1. Cheerful\n\n2) Calm\r\n3\tActive', ids)).toEqual({ who5_1: 'Cheerful', who5_2: 'Calm', who5_3: 'Active' });
  });

  it('places lines that name their item by its code, whatever their order, and leaves items without a line out', () => {
    expect(splitWording('who5_3: Active\nwho5_1: Cheerful', ids)).toEqual({ who5_1: 'Cheerful', who5_3: 'Active' });
    expect(splitWording('Only one', ids)).toEqual({ who5_1: 'Only one' });
  });
});

describe('wordingField', () => {
  it('names a field the way the form does', () => {
    expect(wordingField('input.items.2.text')).toBe('items.2.text');
    expect(wordingField('items[2].text')).toBe('items.2.text');
    expect(wordingField('source')).toBe('source');
  });
});
