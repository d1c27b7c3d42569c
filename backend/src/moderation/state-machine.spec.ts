import { ENTRY_STATUSES } from '../entries/entry.entity';
import { MODERATION_ACTIONS, transition } from './state-machine';

describe('moderation state machine', () => {
  const allowed: Record<string, string> = {
    'pending approve': 'approved',
    'pending reject': 'rejected',
    'pending hold': 'on_hold',
    'on_hold approve': 'approved',
    'on_hold reject': 'rejected',
    'approved reopen': 'pending',
    'rejected reopen': 'pending',
    'approved reject': 'rejected',
  };

  it.each(ENTRY_STATUSES.flatMap((from) => MODERATION_ACTIONS.map((action) => [from, action] as const)))('%s + %s', (from, action) => {
    expect(transition(from, action)).toBe(allowed[`${from} ${action}`] ?? null);
  });
});
