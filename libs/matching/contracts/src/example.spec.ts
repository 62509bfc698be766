import { PlatformError, validatePayload } from '@m4pris/platform-core';
import { GetExample, GetExampleRequest } from './example.js';

describe('matching contracts', () => {
  it('names the subject <module>.v1.<aggregate>.<action>', () => {
    expect(GetExample.subject).toBe('matching.v1.example.get');
    expect(GetExample.module).toBe('matching');
  });

  it('validates the request payload', () => {
    const ok = validatePayload(GetExampleRequest, { id: '0b6f1a52-2f0c-4a57-9d55-8a3c1c1f2e10' });
    expect(ok).toBeInstanceOf(GetExampleRequest);
    expect(() => validatePayload(GetExampleRequest, { id: 'nope' })).toThrow(PlatformError);
  });
});
