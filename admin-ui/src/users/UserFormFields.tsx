import { Box } from '@mui/material';
import {
    BooleanInput,
    email,
    FormDataConsumer,
    PasswordInput,
    ReferenceArrayInput,
    required,
    SelectArrayInput,
    SelectInput,
    TextInput,
} from 'react-admin';
import { districtsValidator, needsDistricts, passwordValidator, roleChoices, type FormMode } from './userForm';

const emailValidators = [required(), email()];

/** The inputs of the create and edit forms; districts only for district viewers. */
export const UserFormFields = ({ mode }: { mode: FormMode }) => (
    <>
        <TextInput source="email" type="email" autoComplete="off" validate={emailValidators} sx={{ minWidth: 320 }} />
        <SelectInput source="role" choices={roleChoices} validate={required()} sx={{ minWidth: 320 }} />
        <FormDataConsumer>
            {({ formData }) =>
                needsDistricts(formData?.role) ? (
                    <Box data-testid="user-districts">
                        <ReferenceArrayInput source="districtIds" reference="districts" sort={{ field: 'nr', order: 'ASC' }} perPage={50}>
                            <SelectArrayInput
                                optionText="name"
                                validate={districtsValidator}
                                helperText="herzensorte.users.districts_help"
                                sx={{ minWidth: 320 }}
                            />
                        </ReferenceArrayInput>
                    </Box>
                ) : null
            }
        </FormDataConsumer>
        <PasswordInput
            source="password"
            autoComplete="new-password"
            validate={passwordValidator(mode)}
            helperText={mode === 'create' ? 'herzensorte.users.password_help_create' : 'herzensorte.users.password_help_edit'}
            sx={{ minWidth: 320 }}
        />
        {mode === 'edit' && <BooleanInput source="disabled" helperText="herzensorte.users.disabled_help" />}
    </>
);

export default UserFormFields;
