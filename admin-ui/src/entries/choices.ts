import { CHANNELS, ENTRY_STATUSES } from '../types';

// Choice lists for SelectInput / SelectField; react-admin translates the names.
export const statusChoices = ENTRY_STATUSES.map((id) => ({ id, name: `herzensorte.status.${id}` }));
export const channelChoices = CHANNELS.map((id) => ({ id, name: `herzensorte.channel.${id}` }));
