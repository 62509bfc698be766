import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { LanguageSwitch } from '../routes/LanguageSwitch';

const SaveMyLanguage = graphql(`
  mutation SaveMyLanguage($input: UpdateMyPreferencesInput!) {
    updateMyPreferences(input: $input) {
      accountId
      locale
    }
  }
`);

/**
 * The language switch of a signed-in person: the choice is kept on this device (as signed out) and
 * saved to the account, which the API (where a request sends no Accept-Language), the notifications
 * and the e-mails use. The app does not take the account's language over the device's on its own:
 * the device's choice is what this screen shows.
 */
export function AccountLanguageSwitch({ compact = false }: { compact?: boolean }) {
  const [save] = useMutation(SaveMyLanguage);
  return <LanguageSwitch compact={compact} onChosen={(locale) => save({ variables: { input: { locale } } })} />;
}
