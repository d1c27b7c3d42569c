import { FormDataConsumer, maxLength, required, TextArrayInput, TextInput, useNotify, useRedirect, useTranslate } from 'react-admin';
import { keywordsError, LABEL_MAX, themeIdError, themeIdFromLabel } from './themeForm';

const validateKeywords = (value: unknown) => keywordsError(value);
const validateId = (value: unknown) => themeIdError(value);

/** Create's and edit's mutation options: saving re-classifies all entries in the background (the server says so), so say it; then back to the list. */
export const useThemeSaveOptions = () => {
    const notify = useNotify();
    const redirect = useRedirect();
    return {
        onSuccess: () => {
            notify('herzensorte.themes.saved_reclassify', { type: 'info' });
            redirect('list', 'themes');
        },
    };
};

/** Label, key (only when creating; proposed from the label) and keywords as chips. */
export const ThemeFormFields = ({ mode }: { mode: 'create' | 'edit' }) => {
    const translate = useTranslate();
    return (
        <>
            <TextInput source="label" validate={[required(), maxLength(LABEL_MAX)]} fullWidth />
            {mode === 'create' ? (
                <FormDataConsumer>
                    {({ formData }) => {
                        const proposal = !formData.id && formData.label ? themeIdFromLabel(String(formData.label)) : '';
                        return (
                            <TextInput
                                source="id"
                                validate={[required(), validateId]}
                                helperText={
                                    proposal
                                        ? translate('herzensorte.themes.id_proposal', { id: proposal })
                                        : translate('herzensorte.themes.id_help')
                                }
                            />
                        );
                    }}
                </FormDataConsumer>
            ) : (
                <TextInput source="id" disabled />
            )}
            <TextArrayInput source="keywords" validate={validateKeywords} helperText={translate('herzensorte.themes.keywords_help')} fullWidth />
        </>
    );
};

export default ThemeFormFields;
