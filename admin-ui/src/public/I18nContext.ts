import { createContext, useContext } from 'react';
import { translator, type Lang, type Translate } from './i18n';

export interface I18nValue {
    lang: Lang;
    t: Translate;
}

export const I18nContext = createContext<I18nValue>({ lang: 'de', t: translator('de') });

export const useI18n = (): I18nValue => useContext(I18nContext);
