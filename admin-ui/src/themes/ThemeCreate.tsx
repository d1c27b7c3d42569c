import { Create, SimpleForm, useNotify, useRedirect, useTranslate } from 'react-admin';
import ThemeFormFields from './ThemeFormFields';
import { toThemePayload } from './themeForm';

const ThemeCreate = () => {
    const notify = useNotify();
    const redirect = useRedirect();
    const translate = useTranslate();
    return (
        <Create
            transform={(data: Record<string, unknown>) => toThemePayload(data, 'create')}
            mutationOptions={{
                onSuccess: () => {
                    notify(translate('herzensorte.themes.saved_reclassify'), { type: 'info' });
                    redirect('list', 'themes');
                },
            }}
        >
            <SimpleForm defaultValues={{ keywords: [] }}>
                <ThemeFormFields mode="create" />
            </SimpleForm>
        </Create>
    );
};

export default ThemeCreate;
