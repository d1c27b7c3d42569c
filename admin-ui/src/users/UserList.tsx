import {
    BooleanField,
    ChipField,
    Datagrid,
    List,
    NullableBooleanInput,
    ReferenceArrayField,
    SearchInput,
    SelectInput,
    SingleFieldList,
    TextField,
} from 'react-admin';
import LocalizedDateField from '../fields/LocalizedDateField';
import RoleChip from './RoleChip';
import { roleChoices } from './userForm';

// Filter and sort names are the API's (users: q, role, disabled; sort email|role|disabled|createdAt|lastLoginAt).
const userFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="role" source="role" choices={roleChoices} />,
    <NullableBooleanInput key="disabled" source="disabled" />,
];

// No delete: accounts are disabled, never deleted (the audit trail names them).
const UserList = () => (
    <List filters={userFilters} sort={{ field: 'email', order: 'ASC' }} perPage={25} exporter={false}>
        <Datagrid rowClick="edit" bulkActionButtons={false}>
            <TextField source="email" />
            <RoleChip source="role" />
            <ReferenceArrayField source="districtIds" reference="districts" sortable={false}>
                <SingleFieldList linkType={false}>
                    <ChipField source="name" size="small" />
                </SingleFieldList>
            </ReferenceArrayField>
            <BooleanField source="disabled" />
            <LocalizedDateField source="lastLoginAt" showTime emptyText="herzensorte.users.never" />
        </Datagrid>
    </List>
);

export default UserList;
