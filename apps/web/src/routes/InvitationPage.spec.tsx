import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { MemoryRouter } from 'react-router';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { InvitationPage } from './InvitationPage';

describe('InvitationPage', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('takes the code from the fragment of the mailed link (/invitation#token=…)', () => {
    window.history.replaceState(null, '', '/invitation#token=abc_DEF-123');
    render(
      <MantineProvider>
        <LocaleProvider initial="en">
          <MemoryRouter initialEntries={['/invitation']}>
            <InvitationPage />
          </MemoryRouter>
        </LocaleProvider>
      </MantineProvider>,
    );
    expect(screen.getByLabelText<HTMLInputElement>(/Invitation code/).value).toBe('abc_DEF-123');
  });
});
