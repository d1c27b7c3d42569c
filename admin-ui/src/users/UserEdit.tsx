import { Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { toUserPayload } from './userForm';
import UserFormFields from './UserFormFields';

// No delete button: accounts are disabled instead.
const UserEditToolbar = () => (
    <Toolbar>
        <SaveButton />
    </Toolbar>
);

// Pessimistic, so that server errors (409 email taken, 422 disabling oneself)
// show at the field instead of after an undo delay.
const UserEdit = () => (
    <Edit mutationMode="pessimistic" redirect="list" transform={(data: Record<string, unknown>) => toUserPayload(data, 'edit')}>
        <SimpleForm toolbar={<UserEditToolbar />}>
            <UserFormFields mode="edit" />
        </SimpleForm>
    </Edit>
);

export default UserEdit;
