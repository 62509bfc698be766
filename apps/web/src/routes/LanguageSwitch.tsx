import { Select } from '@mantine/core';
import { useLocale, useT } from '../i18n/LocaleProvider';
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from '../i18n/locales';

/**
 * Every language under its own name; the choice is saved on this device, and `onChosen` may keep it
 * elsewhere too (signed in: the account, see AccountLanguageSwitch).
 */
export function LanguageSwitch({ compact = false, onChosen }: { compact?: boolean; onChosen?: (locale: Locale) => unknown }) {
  const { locale, setLocale } = useLocale();
  const t = useT();
  return (
    <Select
      label={compact ? undefined : t('settings.language')}
      aria-label={t('settings.language')}
      data={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
      value={locale}
      allowDeselect={false}
      w={compact ? 150 : undefined}
      onChange={(v) => {
        if (!isLocale(v)) return;
        void setLocale(v);
        void onChosen?.(v);
      }}
    />
  );
}
