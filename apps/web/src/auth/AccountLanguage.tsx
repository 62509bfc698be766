import { useEffect } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useLocale } from '../i18n/LocaleProvider';
import { isLocale } from '../i18n/locales';
import { LanguageSwitch } from '../routes/LanguageSwitch';

const MyLanguage = graphql(`
  query MyLanguage {
    me {
      accountId
      locale
    }
  }
`);

const SaveMyLanguage = graphql(`
  mutation SaveMyLanguage($input: UpdateMyPreferencesInput!) {
    updateMyPreferences(input: $input) {
      accountId
      locale
    }
  }
`);

/**
 * Signed in, the account's language is the app's: it is applied once known (Me.locale, the person's
 * own choice or else the tenant's default). Signed out, the device's saved choice decides.
 */
export function useAccountLanguage(): void {
  const { data } = useQuery(MyLanguage);
  const { setLocale } = useLocale();
  const accountLocale = data?.me.locale;
  useEffect(() => {
    if (isLocale(accountLocale)) void setLocale(accountLocale);
  }, [accountLocale, setLocale]);
}

/** The language switch of a signed-in person: the choice also goes to their account (API messages, notifications, e-mails). */
export function AccountLanguageSwitch({ compact = false }: { compact?: boolean }) {
  const [save] = useMutation(SaveMyLanguage, { refetchQueries: [MyLanguage], awaitRefetchQueries: true });
  return <LanguageSwitch compact={compact} onChosen={(locale) => save({ variables: { input: { locale } } })} />;
}
