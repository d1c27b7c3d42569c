import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';
import { intlLocale } from '../i18n/intlLocale';

/** DateField formatted in the console's language (not the browser's). */
const LocalizedDateField = (props: DateFieldProps) => {
    const [locale] = useLocaleState();
    return <DateField locales={intlLocale(locale)} {...props} />;
};

export default LocalizedDateField;
