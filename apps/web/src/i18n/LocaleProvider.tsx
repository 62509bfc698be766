import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { englishMessages, initialLocale, loadMessages, saveLocale, type Locale, type MessageId, type Messages } from './locales';

interface LocaleContextValue {
  locale: Locale;
  setLocale: (l: Locale) => Promise<void>;
}

const LocaleContext = createContext<LocaleContextValue>({ locale: 'en', setLocale: async () => undefined });

export function LocaleProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(initial ?? initialLocale);
  const [messages, setMessages] = useState<Messages>(englishMessages);

  useEffect(() => {
    let live = true;
    void loadMessages(locale).then((m) => live && setMessages(m));
    document.documentElement.lang = locale;
    return () => {
      live = false;
    };
  }, [locale]);

  const setLocale = useCallback(async (l: Locale) => {
    setMessages(await loadMessages(l));
    saveLocale(l);
    setLocaleState(l);
  }, []);

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={locale} messages={messages} defaultLocale="en">
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleContextValue {
  return useContext(LocaleContext);
}

type Values = Record<string, string | number | Date>;

/** `t(id, values)`: only keys of the English catalogue type-check. */
export function useT(): (id: MessageId, values?: Values) => string {
  const intl = useIntl();
  return useCallback((id: MessageId, values?: Values) => intl.formatMessage({ id }, values), [intl]);
}

/** A YYYY-MM-DD or ISO timestamp in the reader's locale. */
export function useFormatDate(): (value: string) => string {
  const intl = useIntl();
  return useCallback((value: string) => intl.formatDate(value.length === 10 ? `${value}T12:00:00` : value, { dateStyle: 'medium' }), [intl]);
}
