import { DeleteButton, Edit, SaveButton, SimpleForm, Toolbar, usePermissions, useTranslate, useNotify, useRedirect } from 'react-admin';
import { canDeleteThemes } from '../auth/roles';
import ThemeFormFields from './ThemeFormFields';
import { toThemePayload } from './themeForm';

const ThemeEditToolbar = () => {
    const { permissions } = usePermissions();
    return (
        <Toolbar sx={{ justifyContent: 'space-between' }}>
            <SaveButton />
            {canDeleteThemes(permissions) && <DeleteButton mutationMode="pessimistic" />}
        </Toolbar>
    );
};

/** Saving re-classifies all entries in the background (the server says so in its OpenAPI description). */
const ThemeEdit = () => {
    const notify = useNotify();
    const redirect = useRedirect();
    const translate = useTranslate();
    return (
        <Edit
            mutationMode="pessimistic"
            transform={(data: Record<string, unknown>) => toThemePayload(data, 'edit')}
            mutationOptions={{
                onSuccess: () => {
                    notify(translate('herzensorte.themes.saved_reclassify'), { type: 'info' });
                    redirect('list', 'themes');
                },
            }}
        >
            <SimpleForm toolbar={<ThemeEditToolbar />}>
                <ThemeFormFields mode="edit" />
            </SimpleForm>
        </Edit>
    );
};

export default ThemeEdit;
