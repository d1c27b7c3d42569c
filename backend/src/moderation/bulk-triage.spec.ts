import { cellsOf } from '../entries/entry-location';
import { bulkTriage, Neighbour, RECENT_PER_CELL } from './triage.service';

const STORY = 'Am Phoenix-See sitze ich jeden Abend auf der Treppe und schaue den Booten zu, bis die Sonne untergeht.';
const OTHER = 'Im Westfalenpark habe ich als Kind Drachen steigen lassen, mit meinem Opa, jeden Herbst aufs Neue.';
const at = { lon: 7.5103, lat: 51.4894 };
const cell = cellsOf(at.lon, at.lat).h3r8;
const entry = (id: string, story: string) => ({ id, placeName: 'Phoenix-See', story, ...at });
const duplicates = (flags: { code: string; detail?: string }[]) => flags.filter((f) => f.code === 'duplicate').map((f) => f.detail);

describe('bulkTriage', () => {
  it('finds a duplicate among the earlier entries of the same write and remembers every entry', () => {
    const recent = new Map<string, Neighbour[]>();
    expect(duplicates(bulkTriage(recent, entry('a', STORY), cell))).toEqual([]);
    expect(duplicates(bulkTriage(recent, entry('b', OTHER), cell))).toEqual([]);
    expect(duplicates(bulkTriage(recent, entry('c', STORY), cell))).toEqual([expect.stringContaining('Eintrag a (100 %)')]);
    expect(recent.get(cell)?.map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });

  it('compares with stored entries too, the write\'s own first', () => {
    const stored = new Map<string, Neighbour[]>([[cell, [{ id: 'old', story: STORY, ...at }]]]);
    expect(duplicates(bulkTriage(new Map(), entry('x', STORY), cell, stored))).toEqual([expect.stringContaining('Eintrag old')]);
    const recent = new Map<string, Neighbour[]>([[cell, [{ id: 'new', story: STORY, ...at }]]]);
    expect(duplicates(bulkTriage(recent, entry('y', STORY), cell, stored))).toEqual([expect.stringContaining('Eintrag new')]);
  });

  it(`keeps the newest ${RECENT_PER_CELL} of a cell`, () => {
    const recent = new Map<string, Neighbour[]>();
    for (let i = 0; i < RECENT_PER_CELL + 3; i++) bulkTriage(recent, entry(`e${i}`, `${OTHER} ${i}`), cell);
    const kept = recent.get(cell)!;
    expect(kept).toHaveLength(RECENT_PER_CELL);
    expect(kept[0].id).toBe('e3');
  });
});
