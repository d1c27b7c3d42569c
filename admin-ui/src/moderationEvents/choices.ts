import { EVENT_ACTIONS, REASON_CODES } from '../types';

export const eventActionChoices = EVENT_ACTIONS.map((id) => ({ id, name: `herzensorte.event.${id}` }));
export const reasonChoices = REASON_CODES.map((id) => ({ id, name: `herzensorte.reason.${id}` }));
