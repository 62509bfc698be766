import { describe, expect, it } from 'vitest';
import { figure, joinExportPages } from './download';

describe('export pages', () => {
  it('are joined under one header, each row once, whatever the pages end with', () => {
    expect(joinExportPages('a,b', ['1,2\n3,4\n', '5,6'])).toBe('a,b\n1,2\n3,4\n5,6\n');
    expect(joinExportPages('a,b\n', ['', '1,2\n'])).toBe('a,b\n1,2\n');
  });
});

describe('a figure of a cell', () => {
  it('is absent (never zero) when the API holds it back', () => {
    expect(figure(null, String)).toBeNull();
    expect(figure(undefined, String)).toBeNull();
    expect(figure(0, String)).toBe('0');
  });
});
