import { Create, SimpleForm } from 'react-admin';
import ThemeFormFields, { useThemeSaveOptions } from './ThemeFormFields';
import { toThemePayload } from './themeForm';

const ThemeCreate = () => {
    const mutationOptions = useThemeSaveOptions();
    return (
        <Create transform={(data: Record<string, unknown>) => toThemePayload(data, 'create')} mutationOptions={mutationOptions}>
            <SimpleForm defaultValues={{ keywords: [] }}>
                <ThemeFormFields mode="create" />
            </SimpleForm>
        </Create>
    );
};

export default ThemeCreate;
