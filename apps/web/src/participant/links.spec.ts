import { describe, expect, it } from 'vitest';
import { isAppLink, sectionTarget } from './links';

describe('task links', () => {
  it('maps the fragments the API writes to the sections of the duo page', () => {
    expect(sectionTarget('#agreement')).toBe('agreement');
    expect(sectionTarget('#fit-check')).toBe('fit-check');
    expect(sectionTarget('#meetings')).toBe('log-meeting');
    expect(sectionTarget('#closure')).toBe('duo-actions');
    expect(sectionTarget('')).toBeNull();
    expect(sectionTarget('#')).toBeNull();
  });

  it('never turns a fragment into a selector or markup', () => {
    expect(sectionTarget('#a"]')).toBeNull();
    expect(sectionTarget('#%3Cimg%3E')).toBeNull();
    expect(sectionTarget('#%E0%A4%A')).toBeNull();
  });

  it('follows only paths of this app', () => {
    expect(isAppLink('/duo?relationship=1#agreement')).toBe(true);
    expect(isAppLink('/surveys/abc')).toBe(true);
    expect(isAppLink('//evil.example/x')).toBe(false);
    expect(isAppLink('https://evil.example/')).toBe(false);
    expect(isAppLink('/\\evil.example')).toBe(false);
    expect(isAppLink('javascript:alert(1)')).toBe(false);
  });
});
