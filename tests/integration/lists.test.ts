import { encodeCursor } from '../../src/entities/pagination.js';
import { codesOf, dataOf, startHarness, type Harness } from '../support/harness.js';

let h: Harness;

const PROFESSIONALS = [
  { id: 'p1', name: 'Anouk de Wit', languages: ['nl', 'en'] },
  { id: 'p2', name: 'Bram Visser', languages: ['nl'] },
  { id: 'p3', name: 'Chantal Mulder', languages: ['nl', 'pap'] },
  { id: 'p4', name: 'Dirk Smit', languages: ['en'] },
  { id: 'p5', name: 'Esra Yilmaz', languages: ['nl', 'tr'] },
];

beforeAll(async () => {
  h = await startHarness();
  for (const p of PROFESSIONALS) {
    dataOf(
      await h.gql(`mutation($i: CreateProfessionalInput!) { createProfessional(input: $i) { id } }`, {
        i: p,
      }),
    );
  }
  const setup = `mutation {
    a1: createAlliance(input: { id: "a1", name: "Alliantie Inclusie", level: NATIONAL }) { id }
    a2: createAlliance(input: { id: "a2", name: "Green Deal Zwolle", level: LOCAL }) { id }
    t1: createTheme(input: { id: "t1", name: "inclusie" }) { id }
    t2: createTheme(input: { id: "t2", name: "duurzaamheid" }) { id }
  }`;
  dataOf(await h.gql(setup));
  const links: [string, string, string, Record<string, string>][] = [
    ['MEMBER_OF', 'p1', 'a1', { role: 'INITIATOR' }],
    ['MEMBER_OF', 'p2', 'a1', { role: 'MEMBER' }],
    ['MEMBER_OF', 'p3', 'a1', { role: 'FACILITATOR' }],
    ['MEMBER_OF', 'p3', 'a2', { role: 'MEMBER' }],
    ['MEMBER_OF', 'p4', 'a2', { role: 'COORDINATOR' }],
    ['HAS_EXPERTISE', 'p1', 't1', {}],
    ['HAS_EXPERTISE', 'p3', 't1', {}],
    ['HAS_EXPERTISE', 'p4', 't1', {}],
    ['HAS_EXPERTISE', 'p3', 't2', {}],
    ['KNOWS', 'p3', 'p1', {}],
    ['KNOWS', 'p3', 'p2', {}],
    ['KNOWS', 'p3', 'p5', {}],
    ['KNOWS', 'p1', 'p2', {}],
  ];
  for (const [type, fromId, toId, properties] of links) {
    dataOf(
      await h.gql(`mutation($i: ConnectInput!) { connect(input: $i) { type } }`, {
        i: { type, fromId, toId, properties },
      }),
    );
  }
});
afterAll(() => h.close());

async function names(args: string): Promise<string[]> {
  const data = dataOf(await h.gql(`{ professionals(${args}) { edges { node { name } } } }`));
  return data.professionals.edges.map((e: { node: { name: string } }) => e.node.name);
}

describe('filters', () => {
  it('matches text case-insensitively with contains and startsWith', async () => {
    expect(await names('where: { name: { contains: "MUL" } }')).toEqual(['Chantal Mulder']);
    expect(await names('where: { name: { startsWith: "d" } }')).toEqual(['Dirk Smit']);
  });

  it('filters on equality, in, and list membership', async () => {
    expect(await names('where: { id: { in: ["p2", "p4"] } }')).toEqual(['Bram Visser', 'Dirk Smit']);
    expect(await names('where: { name: { eq: "Esra Yilmaz" } }')).toEqual(['Esra Yilmaz']);
    expect(await names('where: { languages: { includes: "en" } }')).toEqual(['Anouk de Wit', 'Dirk Smit']);
    expect(await names('where: { languages: { includesAny: ["tr", "pap"] } }')).toEqual([
      'Chantal Mulder',
      'Esra Yilmaz',
    ]);
  });

  it('finds professionals in alliance X with expertise in theme Y', async () => {
    expect(await names('where: { memberships: { id_in: ["a1"] }, expertise: { id_in: ["t1"] } }')).toEqual([
      'Anouk de Wit',
      'Chantal Mulder',
    ]);
  });

  it('filters on the role of a membership and on the absence of a relationship', async () => {
    expect(await names('where: { memberships: { role_in: [INITIATOR, COORDINATOR] } }')).toEqual([
      'Anouk de Wit',
      'Dirk Smit',
    ]);
    expect(await names('where: { memberships: { exists: false } }')).toEqual(['Esra Yilmaz']);
  });

  it('counts the filtered set in totalCount', async () => {
    const data = dataOf(
      await h.gql('{ professionals(first: 1, where: { expertise: { id_in: ["t1"] } }) { totalCount } }'),
    );
    expect(data.professionals.totalCount).toBe(3);
  });

  it('filters on creation time, given as a literal or as a DateTime variable', async () => {
    const { professionals } = dataOf(
      await h.gql('{ professionals(first: 10) { edges { node { name createdAt } } } }'),
    );
    const times = professionals.edges
      .map((e: { node: { createdAt: string } }) => e.node.createdAt)
      .sort() as string[];
    const middle = times[2]!;
    const expected = {
      gte: professionals.edges.filter((e: { node: { createdAt: string } }) => e.node.createdAt >= middle)
        .length,
      lte: professionals.edges.filter((e: { node: { createdAt: string } }) => e.node.createdAt <= middle)
        .length,
    };
    const counts = async (query: string, variables?: Record<string, unknown>) => {
      const data = dataOf(await h.gql(query, variables));
      return { gte: data.gte.totalCount, lte: data.lte.totalCount };
    };
    const asVariable = `query($t: DateTime) {
      gte: professionals(where: { createdAt: { gte: $t } }) { totalCount }
      lte: professionals(where: { createdAt: { lte: $t } }) { totalCount } }`;
    const asLiteral = `{
      gte: professionals(where: { createdAt: { gte: "${middle}" } }) { totalCount }
      lte: professionals(where: { createdAt: { lte: "${middle}" } }) { totalCount } }`;
    expect(await counts(asVariable, { t: middle })).toEqual(expected);
    expect(await counts(asLiteral)).toEqual(expected);
    expect(expected.gte + expected.lte).toBeGreaterThan(PROFESSIONALS.length);
  });
});

describe('ordering', () => {
  it('orders by name both ways', async () => {
    expect(await names('orderBy: { field: NAME, direction: DESC }')).toEqual([
      'Esra Yilmaz',
      'Dirk Smit',
      'Chantal Mulder',
      'Bram Visser',
      'Anouk de Wit',
    ]);
  });

  it('orders by the number of related items, ties by id', async () => {
    // KNOWS counts: p3 3, p1 2, p2 2, p5 1, p4 0
    expect(await names('orderBy: { field: KNOWS_COUNT, direction: DESC }')).toEqual([
      'Chantal Mulder',
      'Anouk de Wit',
      'Bram Visser',
      'Esra Yilmaz',
      'Dirk Smit',
    ]);
  });

  it('orders by creation date', async () => {
    expect(await names('orderBy: { field: CREATED_AT }')).toEqual(PROFESSIONALS.map((p) => p.name));
  });
});

describe('pagination', () => {
  it('walks the whole list page by page with cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null; hasPreviousPage: boolean };
      } = dataOf(
        await h.gql(
          `query($after: String) { professionals(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
          { after },
        ),
      ).professionals;
      seen.push(...page.edges.map((e) => e.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
  });

  it('answers first: 0 with no edges, the total, and whether items exist', async () => {
    const data = dataOf(
      await h.gql(
        '{ professionals(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }',
      ),
    );
    expect(data.professionals).toEqual({
      totalCount: 5,
      edges: [],
      pageInfo: { hasNextPage: true, endCursor: null },
    });
  });

  it('answers a cursor past the end with an empty page', async () => {
    const data = dataOf(
      await h.gql(
        `{ professionals(first: 3, after: "${encodeCursor('Professional', 10)}") { edges { cursor } pageInfo { hasNextPage } } }`,
      ),
    );
    expect(data.professionals).toEqual({ edges: [], pageInfo: { hasNextPage: false } });
  });

  it('rejects a cursor from another list, garbage, a negative first and first above the maximum', async () => {
    const foreign = await h.gql(`{ professionals(after: "${encodeCursor('Theme', 0)}") { totalCount } }`);
    const garbage = await h.gql('{ professionals(after: "%%%") { totalCount } }');
    const negative = await h.gql('{ professionals(first: -1) { totalCount } }');
    const huge = await h.gql('{ professionals(first: 101) { totalCount } }');
    for (const r of [foreign, garbage, negative, huge]) expect(codesOf(r)).toEqual(['BAD_USER_INPUT']);
    expect(foreign.errors![0]!.extensions!.field).toBe('after');
    expect(huge.errors![0]!.extensions!.field).toBe('first');
  });

  it('refuses to filter on a private field', async () => {
    const response = await h.gql(
      '{ professionals(where: { email: { eq: "x@example.nl" } }) { totalCount } }',
    );
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
  });
});
