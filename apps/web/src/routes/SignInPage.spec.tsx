import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { MemoryRouter } from 'react-router';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { SignInPage } from './SignInPage';

function renderIn(locale: 'en' | 'da') {
  return render(
    <MantineProvider>
      <LocaleProvider initial={locale}>
        <MemoryRouter>
          <SignInPage />
        </MemoryRouter>
      </LocaleProvider>
    </MantineProvider>,
  );
}

describe('SignInPage', () => {
  it('offers the shared-terminal choice with what it means', () => {
    renderIn('en');
    expect(screen.getByRole('checkbox', { name: /shared computer/i })).toBeTruthy();
    expect(screen.getByText(/signed out after 5 minutes/i)).toBeTruthy();
  });

  it('speaks Danish once the Danish catalogue has loaded', async () => {
    renderIn('da');
    // The catalogue is a lazy chunk: on a busy machine it can take longer than findBy's default 1 s.
    expect(await screen.findByRole('heading', { name: 'Log ind' }, { timeout: 15_000 })).toBeTruthy();
    expect(screen.getByLabelText(/Adgangskode/)).toBeTruthy();
  });
});
