import { DOMAIN, LABELS } from '../../src/domain/labels.js';
import { codesOf, dataOf, startHarness, type Harness } from '../support/harness.js';
import { TITLE, VALID_INPUT } from '../support/fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe.each(LABELS.map((label) => [label]))('%s', (label) => {
  const spec = DOMAIN[label];
  const title = TITLE[label]!;
  const id = `crud-${spec.singular}`;

  it('creates, reads by id and through node(id), updates and deletes', async () => {
    const created = dataOf(
      await h.gql(
        `mutation($input: Create${label}Input!) { create${label}(input: $input) { id ${title} createdAt } }`,
        {
          input: { id, ...VALID_INPUT[label] },
        },
      ),
    )[`create${label}`];
    expect(created).toMatchObject({ id, [title]: VALID_INPUT[label]![title] });
    expect(Date.parse(created.createdAt)).not.toBeNaN();

    const read = dataOf(await h.gql(`query($id: ID!) { ${spec.singular}(id: $id) { id ${title} } }`, { id }));
    expect(read[spec.singular]).toEqual({ id, [title]: VALID_INPUT[label]![title] });

    const node = dataOf(await h.gql(`query($id: ID!) { node(id: $id) { __typename id } }`, { id }));
    expect(node.node).toEqual({ __typename: label, id });

    const updated = dataOf(
      await h.gql(
        `mutation($input: Update${label}Input!) { update${label}(input: $input) { id ${title} } }`,
        {
          input: { id, [title]: 'Nieuwe naam' },
        },
      ),
    );
    expect(updated[`update${label}`][title]).toBe('Nieuwe naam');

    const deleted = dataOf(
      await h.gql(`mutation($id: ID!) { delete${label}(input: { id: $id }) { id type } }`, { id }),
    );
    expect(deleted[`delete${label}`]).toEqual({ id, type: label });
    const gone = dataOf(await h.gql(`query($id: ID!) { ${spec.singular}(id: $id) { id } }`, { id }));
    expect(gone[spec.singular]).toBeNull();
  });

  it('gives null, not an error, for a missing id', async () => {
    const response = await h.gql(
      `{ ${spec.singular}(id: "no-such-id") { id } node(id: "no-such-id") { id } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ [spec.singular]: null, node: null });
  });

  it('refuses a duplicate id with CONFLICT and keeps the first node', async () => {
    const mutation = `mutation($input: Create${label}Input!) { create${label}(input: $input) { id } }`;
    dataOf(await h.gql(mutation, { input: { id: `dup-${spec.singular}`, ...VALID_INPUT[label] } }));
    const second = await h.gql(mutation, {
      input: { id: `dup-${spec.singular}`, ...VALID_INPUT[label], [title]: 'Tweede' },
    });
    expect(codesOf(second)).toEqual(['CONFLICT']);
    const read = dataOf(await h.gql(`{ ${spec.singular}(id: "dup-${spec.singular}") { ${title} } }`));
    expect(read[spec.singular][title]).toBe(VALID_INPUT[label]![title]);
  });

  it('rejects an empty required field with BAD_USER_INPUT naming the field, creating nothing', async () => {
    const response = await h.gql(
      `mutation($input: Create${label}Input!) { create${label}(input: $input) { id } }`,
      {
        input: { id: `bad-${spec.singular}`, ...VALID_INPUT[label], [title]: '   ' },
      },
    );
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions!.field).toBe(title);
    const read = dataOf(await h.gql(`{ node(id: "bad-${spec.singular}") { id } }`));
    expect(read.node).toBeNull();
  });

  it('answers NOT_FOUND when updating or deleting a missing node', async () => {
    const update = await h.gql(`mutation { update${label}(input: { id: "missing" }) { id } }`);
    const remove = await h.gql(`mutation { delete${label}(input: { id: "missing" }) { id } }`);
    expect(codesOf(update)).toEqual(['NOT_FOUND']);
    expect(codesOf(remove)).toEqual(['NOT_FOUND']);
  });
});

describe('node(id) across labels', () => {
  it('returns null when the id belongs to another label', async () => {
    dataOf(await h.gql(`mutation { createTheme(input: { id: "t-only", name: "mobiliteit" }) { id } }`));
    const data = dataOf(await h.gql(`{ professional(id: "t-only") { id } theme(id: "t-only") { id } }`));
    expect(data).toEqual({ professional: null, theme: { id: 't-only' } });
  });

  it('rejects a malformed id, an unknown enum value and control characters, changing nothing', async () => {
    const before = dataOf(await h.gql('{ themes { totalCount } }')).themes.totalCount;
    const badId = await h.gql(`mutation { createTheme(input: { id: "has space", name: "x" }) { id } }`);
    const badEnum = await h.gql(`mutation { createRegion(input: { name: "X", level: GALAXY }) { id } }`);
    const control = await h.gql(`mutation($n: String!) { createTheme(input: { name: $n }) { id } }`, {
      n: 'a\u0007b',
    });
    const tooLong = await h.gql(`mutation($n: String!) { createTheme(input: { name: $n }) { id } }`, {
      n: 'x'.repeat(301),
    });
    for (const r of [badId, badEnum, control, tooLong]) expect(codesOf(r)).toEqual(['BAD_USER_INPUT']);
    expect(badId.errors![0]!.extensions!.field).toBe('id');
    expect(dataOf(await h.gql('{ themes { totalCount } }')).themes.totalCount).toBe(before);
  });

  it('hides private fields from anonymous readers', async () => {
    dataOf(
      await h.gql(
        `mutation { createProfessional(input: { id: "p-private", name: "Ans", email: "ans@example.nl", notes: "vertrouwelijk" }) { id } }`,
      ),
    );
    const query = `{ professional(id: "p-private") { name email notes } }`;
    expect(dataOf(await h.gql(query, {}, 'anonymous')).professional).toEqual({
      name: 'Ans',
      email: null,
      notes: null,
    });
    expect(dataOf(await h.gql(query, {}, 'admin')).professional).toEqual({
      name: 'Ans',
      email: 'ans@example.nl',
      notes: 'vertrouwelijk',
    });
  });
});
