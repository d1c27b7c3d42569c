import { BadRequestException } from '@nestjs/common';
import { contentRange, dateBound, escapeLike, filterTypes, ListSpec, parseListQuery, toSql } from './list-query';

const spec: ListSpec = {
  resource: 'things',
  sort: { name: 't.name', createdAt: 't.created_at' },
  defaultSort: ['createdAt', 'DESC'],
  tieBreaker: 't.id',
  filters: {
    id: { parse: filterTypes.ids('uuid'), where: (v, b) => `t.id = ANY(${b(v)}::uuid[])` },
    status: { parse: filterTypes.oneOf(['a', 'b']), where: (v, b) => `t.status = ANY(${b(v)})` },
    q: { parse: filterTypes.text(), where: (v, b) => `t.name ILIKE ${b(`%${escapeLike(v)}%`)}` },
    flagged: { parse: filterTypes.boolean(), where: (v) => (v ? 'x' : 'NOT x') },
    from: { parse: filterTypes.date(), where: dateBound('t.created_at', 'from') },
    to: { parse: filterTypes.date(), where: dateBound('t.created_at', 'to') },
  },
};

const parse = (q: Record<string, unknown>) => parseListQuery(q, spec);
const message = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(BadRequestException);
    return (e as BadRequestException).message;
  }
  throw new Error('did not throw');
};

describe('parseListQuery', () => {
  it('applies defaults', () => {
    expect(parse({})).toEqual({ sort: { field: 'createdAt', order: 'DESC' }, offset: 0, limit: 25, filter: {} });
  });

  it('reads sort, range and filter', () => {
    const q = parse({ sort: '["name","asc"]', range: '[10,19]', filter: '{"status":"a","q":"see","flagged":true}' });
    expect(q).toEqual({ sort: { field: 'name', order: 'ASC' }, offset: 10, limit: 10, filter: { status: ['a'], q: 'see', flagged: true } });
  });

  it.each([
    [{ sort: '["password","ASC"]' }, /cannot sort things by "password"/],
    [{ sort: '["name","SIDEWAYS"]' }, /ASC/],
    [{ sort: '["name"]' }, /sort must be/],
    [{ sort: 'name' }, /sort is not valid JSON/],
    [{ sort: ['["name","ASC"]', '["name","ASC"]'] }, /given once/],
    [{ range: '[5,1]' }, /range must be/],
    [{ range: '[-1,5]' }, /range must be/],
    [{ range: '[0,1.5]' }, /range must be/],
    [{ range: '[0,5000]' }, /at most 1000/],
    [{ filter: '[]' }, /filter must be a JSON object/],
    [{ filter: '{"password":"x"}' }, /cannot filter things by "password"/],
    [{ filter: '{"__proto__":1}' }, /cannot filter/],
    [{ filter: '{"status":"c"}' }, /status must be one of a, b/],
    [{ filter: '{"flagged":"perhaps"}' }, /flagged must be true or false/],
    [{ filter: '{"from":"2026-02-30"}' }, /from must be an ISO date/],
    [{ filter: '{"q":{"a":1}}' }, /q must be a text/],
  ])('refuses %j', (query, expected) => {
    expect(message(() => parse(query))).toMatch(expected);
  });

  it('keeps only well-formed ids', () => {
    expect(parse({ filter: '{"id":["00000000-0000-0000-0000-000000000001","x; DROP TABLE"]}' }).filter.id).toEqual([
      '00000000-0000-0000-0000-000000000001',
    ]);
  });
});

describe('toSql', () => {
  it('binds every value as a parameter and orders totally', () => {
    const q = parse({ sort: '["name","ASC"]', filter: '{"q":"50%_off","status":["a","b"],"to":"2026-05-10"}' });
    const sql = toSql(spec, q, ['first']);
    expect(sql.params).toEqual(['first', '%50\\%\\_off%', ['a', 'b'], '2026-05-10']);
    expect(sql.where).toBe(
      "(t.name ILIKE $2) AND (t.status = ANY($3)) AND (t.created_at < (($4::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin'))",
    );
    expect(sql.orderBy).toBe('t.name ASC NULLS FIRST, t.id ASC');
  });
});

describe('contentRange', () => {
  it('formats the header react-admin reads', () => {
    expect(contentRange('things', 0, 25, 319)).toBe('things 0-24/319');
    expect(contentRange('things', 300, 0, 3)).toBe('things */3');
  });
});
