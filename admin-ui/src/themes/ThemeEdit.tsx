import { DeleteButton, Edit, SaveButton, SimpleForm, Toolbar, usePermissions } from 'react-admin';
import { canDeleteThemes } from '../auth/roles';
import ThemeFormFields, { useThemeSaveOptions } from './ThemeFormFields';
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
    const mutationOptions = useThemeSaveOptions();
    return (
        <Edit mutationMode="pessimistic" transform={(data: Record<string, unknown>) => toThemePayload(data, 'edit')} mutationOptions={mutationOptions}>
            <SimpleForm toolbar={<ThemeEditToolbar />}>
                <ThemeFormFields mode="edit" />
            </SimpleForm>
        </Edit>
    );
};

export default ThemeEdit;
