import { NumberField, useLocaleState, type NumberFieldProps } from 'react-admin';
import { intlLocale } from '../i18n/intlLocale';

/** NumberField formatted in the console's language (not the browser's). */
const LocalizedNumberField = (props: NumberFieldProps) => {
    const [locale] = useLocaleState();
    return <NumberField locales={intlLocale(locale)} {...props} />;
};

// Datagrid aligns header and cells by the field type's textAlign.
LocalizedNumberField.textAlign = 'right' as const;

export default LocalizedNumberField;
