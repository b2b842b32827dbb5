import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ENGLISH, formatIsoDate, formatMessage, loadCatalog, pickLocale, type Catalog, type LanguageSetting, type Locale, type MessageKey } from '@/lib/i18n';

/** What a component needs to speak the user's language. */
export interface I18n {
  locale: Locale;
  /** The message for `key` with `$1`.. substitutions (lib/i18n/format.ts). */
  t(key: MessageKey, ...subs: (string | number)[]): string;
  /** A YYYY-MM-DD date in the locale's numeric format, as date inputs show it. */
  date(iso: string): string;
  setting: LanguageSetting;
  setSetting(setting: LanguageSetting): void;
}

function translator(locale: Locale, catalog: Catalog): Pick<I18n, 't' | 'date' | 'locale'> {
  return {
    locale,
    t: (key, ...subs) => formatMessage(catalog, ENGLISH, key, subs),
    date: (iso) => formatIsoDate(iso, locale),
  };
}

// Without a provider (component tests), English.
const I18nContext = createContext<I18n>({ ...translator('en', ENGLISH), setting: 'auto', setSetting: () => {} });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** Where the language setting is kept; injected so tests and the panel differ only here. */
export interface LanguageStore {
  load(): Promise<LanguageSetting | undefined>;
  save(setting: LanguageSetting): Promise<void>;
  /** The browser's language ("en-US", "es-MX"). */
  browserLanguage(): string;
}

/**
 * Follows the browser's language until the user picks one in Settings. Spanish is loaded on
 * first use; until it arrives the panel stays in the language it had. `<html lang>` follows, so
 * screen readers pronounce the panel in the right language.
 */
export function I18nProvider({ store, children }: { store: LanguageStore; children: ReactNode }) {
  const [setting, setSettingState] = useState<LanguageSetting>('auto');
  const [active, setActive] = useState(() => translator('en', ENGLISH));

  useEffect(() => {
    let live = true;
    void store.load().then((s) => live && s && setSettingState(s));
    return () => {
      live = false;
    };
  }, [store]);

  const locale = pickLocale(setting, store.browserLanguage());
  useEffect(() => {
    let live = true;
    void loadCatalog(locale).then((catalog) => {
      if (!live) return;
      setActive(translator(locale, catalog));
      document.documentElement.lang = locale;
    });
    return () => {
      live = false;
    };
  }, [locale]);

  const setSetting = useCallback(
    (s: LanguageSetting) => {
      setSettingState(s);
      void store.save(s);
    },
    [store],
  );
  const value = useMemo<I18n>(() => ({ ...active, setting, setSetting }), [active, setting, setSetting]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
