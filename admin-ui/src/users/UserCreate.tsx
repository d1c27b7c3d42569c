import { Create, SimpleForm } from 'react-admin';
import { toUserPayload } from './userForm';
import UserFormFields from './UserFormFields';

const defaults = { role: 'moderator', districtIds: [] };

// Create is pessimistic by default: a 400 or 409 shows at the field.
const UserCreate = () => (
    <Create redirect="list" transform={(data: Record<string, unknown>) => toUserPayload(data, 'create')}>
        <SimpleForm defaultValues={defaults}>
            <UserFormFields mode="create" />
        </SimpleForm>
    </Create>
);

export default UserCreate;
