import { startHarness, type Harness } from '../support/harness.js';

/**
 * The rankings' answers are kept while the graph is unchanged: asked again, an answer comes
 * without a statement and is the same; each kind of viewer has its own; a write through the
 * service is in the next answer.
 */
let h: Harness;

const person = (id: string, visibility: string) => ({
  id,
  label: 'Professional',
  properties: { name: `Persoon ${id}`, visibility },
});

beforeAll(async () => {
  h = await startHarness();
  const report = await h.services.importer.import(
    {
      nodes: [
        { id: 'ac-theme', label: 'Theme', properties: { name: 'Dijkonderhoud' } },
        person('ac-open', 'PUBLIC'),
        person('ac-shy', 'PRIVATE'),
        person('ac-new', 'PUBLIC'),
      ],
      relationships: [
        { type: 'HAS_EXPERTISE', from: 'ac-open', to: 'ac-theme' },
        { type: 'HAS_EXPERTISE', from: 'ac-shy', to: 'ac-theme' },
      ],
    },
    'test',
  );
  expect(report.rejected).toEqual([]);
});
afterAll(() => h.close());

const WHO_KNOWS =
  'query($t: ID!) { whoKnows(themeId: $t, first: 5) { score professional { id name } reasons { text } } }';

/** The answer and the ranking statements it sent. */
async function whoKnows(as: 'admin' | 'anonymous') {
  const sent: string[] = [];
  h.services.db.observe((statement) => sent.push(statement.name));
  try {
    const answer = await h.gql(WHO_KNOWS, { t: 'ac-theme' }, as);
    expect(answer.errors).toBeUndefined();
    return { answer: answer.data.whoKnows as { professional: { id: string } }[], sent };
  } finally {
    h.services.db.observe(undefined);
  }
}
const ids = (matches: { professional: { id: string } }[]) => matches.map((m) => m.professional.id).sort();

describe('kept answers of the rankings', () => {
  it('answers a ranking asked again from what it kept: the same answer, no statement', async () => {
    const first = await whoKnows('admin');
    expect(first.sent).toContain('recommend/who-knows');
    expect(ids(first.answer)).toEqual(['ac-open', 'ac-shy']);
    const hits = h.services.recommendations.answers.hits;
    const again = await whoKnows('admin');
    expect(again.sent).not.toContain('recommend/who-knows');
    expect(again.answer).toEqual(first.answer);
    expect(h.services.recommendations.answers.hits).toBe(hits + 1);
  });

  it('keeps an answer per kind of viewer: what an administrator was told never reaches the public', async () => {
    const anonymous = await whoKnows('anonymous');
    expect(anonymous.sent).toContain('recommend/who-knows');
    expect(ids(anonymous.answer)).toEqual(['ac-open']);
    expect(ids((await whoKnows('anonymous')).answer)).toEqual(['ac-open']);
    expect(ids((await whoKnows('admin')).answer)).toEqual(['ac-open', 'ac-shy']);
  });

  it('answers anew after a write through the service', async () => {
    await whoKnows('anonymous');
    const connected = await h.gql(
      'mutation($i: ConnectInput!) { connect(input: $i) { type } }',
      { i: { type: 'HAS_EXPERTISE', fromId: 'ac-new', toId: 'ac-theme' } },
      'admin',
    );
    expect(connected.errors).toBeUndefined();
    const after = await whoKnows('anonymous');
    expect(after.sent).toContain('recommend/who-knows');
    expect(ids(after.answer)).toEqual(['ac-new', 'ac-open']);
  });

  it('keeps its answers after a write that failed and was rolled back', async () => {
    await whoKnows('anonymous');
    const failed = await h.gql(
      'mutation($i: ConnectInput!) { connect(input: $i) { type } }',
      { i: { type: 'HAS_EXPERTISE', fromId: 'ac-open', toId: 'ac-no-such-theme' } },
      'admin',
    );
    expect(failed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await whoKnows('anonymous')).sent).not.toContain('recommend/who-knows');
  });

  it('keeps ask and suggestedConnections too', async () => {
    const ask =
      '{ ask(text: "Wie weet iets van dijkonderhoud?", first: 5) { people { professional { id } } } }';
    const suggest = '{ suggestedConnections(professionalId: "ac-open", first: 5) { professional { id } } }';
    for (const query of [ask, suggest]) {
      const first = await h.gql(query, {}, 'admin');
      expect(first.errors).toBeUndefined();
      const sent: string[] = [];
      h.services.db.observe((statement) => sent.push(statement.name));
      const again = await h.gql(query, {}, 'admin').finally(() => h.services.db.observe(undefined));
      expect(again.data).toEqual(first.data);
      expect(sent.filter((name) => name.startsWith('recommend/'))).toEqual([]);
    }
  });
});
