import { changedFields, districtProblem, sessionEffect, updateProblem, UserState } from './user-rules';

const admin: UserState = { id: 'a', email: 'a@x.de', role: 'admin', districtIds: [], disabled: false };
const viewer: UserState = { id: 'v', email: 'v@x.de', role: 'district_viewer', districtIds: ['hoerde'], disabled: false };

describe('user rules', () => {
  it('district viewers need known districts, other roles none', () => {
    expect(districtProblem('district_viewer', [], ['hoerde'])?.field).toBe('districtIds');
    expect(districtProblem('moderator', ['hoerde'], ['hoerde'])?.message).toBe('districtIds must be empty for the role moderator');
    expect(districtProblem('district_viewer', ['mars'], ['hoerde'])?.message).toBe('unknown district ids: mars');
    expect(districtProblem('district_viewer', ['hoerde'], ['hoerde'])).toBeNull();
    expect(districtProblem('admin', [], ['hoerde'])).toBeNull();
  });

  it('nobody disables or demotes themselves, and the last admin stays', () => {
    expect(updateProblem('a', admin, { ...admin, disabled: true }, 3)?.status).toBe(422);
    expect(updateProblem('a', admin, { ...admin, role: 'moderator' }, 3)?.field).toBe('role');
    expect(updateProblem('b', admin, { ...admin, role: 'moderator' }, 0)?.message).toMatch(/last enabled admin/);
    expect(updateProblem('b', admin, { ...admin, disabled: true }, 1)).toBeNull();
    expect(updateProblem('a', admin, { ...admin, email: 'new@x.de' }, 0)).toBeNull();
    expect(updateProblem('a', viewer, { ...viewer, disabled: true }, 0)).toBeNull();
  });

  it('role, district and email changes end the tokens; disabling and new passwords end the sessions too', () => {
    expect(sessionEffect(viewer, viewer, false)).toEqual({ bumpTokenVersion: false, endSessions: false });
    expect(sessionEffect(viewer, { ...viewer, districtIds: ['hoerde'] }, false)).toEqual({ bumpTokenVersion: false, endSessions: false });
    expect(sessionEffect(viewer, { ...viewer, districtIds: ['hombruch'] }, false)).toEqual({ bumpTokenVersion: true, endSessions: false });
    expect(sessionEffect(viewer, { ...viewer, role: 'moderator', districtIds: [] }, false)).toEqual({ bumpTokenVersion: true, endSessions: false });
    expect(sessionEffect(viewer, { ...viewer, disabled: true }, false)).toEqual({ bumpTokenVersion: true, endSessions: true });
    expect(sessionEffect(viewer, viewer, true)).toEqual({ bumpTokenVersion: true, endSessions: true });
    expect(sessionEffect({ ...viewer, disabled: true }, viewer, false)).toEqual({ bumpTokenVersion: true, endSessions: false });
  });

  it('names the changed fields, a password only by name', () => {
    expect(changedFields(viewer, { ...viewer, role: 'moderator', districtIds: [] }, true)).toEqual(['role', 'districtIds', 'password']);
    expect(changedFields(viewer, viewer, false)).toEqual([]);
  });
});
