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
    expect(await screen.findByRole('heading', { name: 'Log ind' })).toBeTruthy();
    expect(screen.getByLabelText(/Adgangskode/)).toBeTruthy();
  });
});
