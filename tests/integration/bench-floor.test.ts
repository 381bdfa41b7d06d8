import neo4j, { type Driver } from 'neo4j-driver';
import { DRIVER_CONFIG } from '../../src/db/database.js';
import type { RecordedStatement } from '../../src/bench/recorder.js';
import {
  startFloorHttp,
  startFloorYoga,
  type FloorHttpTarget,
  type FloorRoute,
} from '../../src/bench/targets.js';
import { buildSchema } from '../../src/graphql/schema.js';
import { projectRoot } from '../../src/util/project-root.js';
import { startHarness, type Harness } from '../support/harness.js';

// The benchmark's floor behind a bare HTTP server replays a recorded request's statements as ours
// ran them and answers with ours' answer; anything else is a 404.
let h: Harness;
let driver: Driver;
let floor: FloorHttpTarget;

beforeAll(async () => {
  h = await startHarness();
  driver = neo4j.driver(
    process.env.BREIN_TEST_NEO4J_URI!,
    neo4j.auth.basic(process.env.NEO4J_TEST_USER ?? 'neo4j', process.env.NEO4J_TEST_PASSWORD ?? 'neo4j'),
    DRIVER_CONFIG,
  );
  floor = await startFloorHttp(driver, h.services.db.name);
});
afterAll(async () => {
  await floor.close();
  await driver.close();
  await h.close();
});

async function post(body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(floor.url, { method: 'POST', headers: floor.headers, body });
  return { status: response.status, text: await response.text() };
}

it('replays the statements of a recorded request and answers with what ours answered', async () => {
  const statement = h.services.cypher.get('migration/applied');
  const recorded = (alone: boolean): RecordedStatement => ({ ...statement, params: {}, alone });
  const data = { answer: 'as ours gave it' };
  const response = JSON.stringify({ data });
  floor.routes.set('{"alone":true}', { statements: [recorded(true)], response, data });
  floor.routes.set('{"alone":false}', { statements: [recorded(false), recorded(false)], response, data });
  for (const body of ['{"alone":true}', '{"alone":false}']) {
    expect(await post(body)).toEqual({ status: 200, text: response });
  }
  // The statements do run: one that the database refuses (a parameter missing) fails the request.
  const refused = h.services.cypher.get('entity/get-by-ids');
  floor.routes.set('{"refused":true}', {
    statements: [{ ...refused, params: {}, alone: true }],
    response,
    data,
  });
  const failed = await post('{"refused":true}');
  expect(failed.status).toBe(500);
  expect(failed.text).toMatch(/ids/);
  expect((await post('{"not":"recorded"}')).status).toBe(404);
});

// The floor behind graphql-yoga: a request is parsed and validated against our schema, then the
// recorded statements run instead of our resolvers and ours' data is the answer.
it('behind yoga, validates against our schema, replays the statements and answers with the recorded data', async () => {
  const routes = new Map<string, FloorRoute>();
  const yoga = await startFloorYoga(driver, h.services.db.name, buildSchema(projectRoot()), routes);
  try {
    const ask = (body: string) =>
      fetch(yoga.url, { method: 'POST', headers: yoga.headers, body }).then(async (r) => ({
        status: r.status,
        json: (await r.json()) as { data?: unknown; errors?: { message: string }[] },
      }));
    const query = 'query($first: Int) { themes(first: $first) { totalCount } }';
    const data = { themes: { totalCount: 42 } };
    const statement = { ...h.services.cypher.get('migration/applied'), params: {}, alone: true };
    routes.set(JSON.stringify({ query, variables: { first: 1 } }), {
      statements: [statement],
      response: '',
      data,
    });
    expect(await ask(JSON.stringify({ query, variables: { first: 1 } }))).toEqual({
      status: 200,
      json: { data },
    });
    // The statements do run: a refused one fails the request.
    const refused = { ...h.services.cypher.get('entity/get-by-ids'), params: {}, alone: true };
    routes.set(JSON.stringify({ query, variables: { first: 2 } }), {
      statements: [refused],
      response: '',
      data,
    });
    expect((await ask(JSON.stringify({ query, variables: { first: 2 } }))).json.errors).toHaveLength(1);
    // Our schema's validation holds: an unknown field is refused before anything runs.
    const invalid = await ask(JSON.stringify({ query: '{ nothingSuch }' }));
    expect(invalid.json.errors?.[0]?.message).toMatch(/nothingSuch/);
    expect((await ask(JSON.stringify({ query, variables: { first: 3 } }))).json.errors).toHaveLength(1);
  } finally {
    await yoga.close();
  }
});
