import { binder, districtScope, entryScope } from './scope';

describe('read scoping', () => {
  const viewer = { id: 'v', email: 'v@x.de', role: 'district_viewer' as const, districtIds: ['hoerde', 'hombruch'] };
  const moderator = { id: 'm', email: 'm@x.de', role: 'moderator' as const, districtIds: [] };

  it('limits a district viewer to approved entries of their districts, with bound parameters', () => {
    const { params, bind } = binder();
    bind('first');
    expect(entryScope(viewer, bind)).toEqual([`e.status = 'approved'`, `e.district_id = ANY($2::text[])`]);
    expect(params).toEqual(['first', ['hoerde', 'hombruch']]);
    expect(districtScope(viewer, bind, 'x')).toEqual([`x.id = ANY($3::text[])`]);
  });

  it('leaves admins and moderators unscoped', () => {
    const { params, bind } = binder();
    expect(entryScope(moderator, bind)).toEqual([]);
    expect(districtScope({ ...moderator, role: 'admin' }, bind)).toEqual([]);
    expect(params).toEqual([]);
  });
});
