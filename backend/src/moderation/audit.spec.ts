import { changedFields } from './audit';

describe('changedFields', () => {
  it('lists only the fields that changed, with before and after', () => {
    const before = { placeName: 'See', story: 'a', address: null as string | null, lon: 7.5 };
    const after = { placeName: 'Phoenix-See', story: 'a', address: 'Weg 1', lon: 7.5 };
    expect(changedFields(before, after, ['placeName', 'story', 'address', 'lon'])).toEqual({
      placeName: { from: 'See', to: 'Phoenix-See' },
      address: { from: null, to: 'Weg 1' },
    });
    expect(changedFields(before, before, ['placeName'])).toEqual({});
  });
});
