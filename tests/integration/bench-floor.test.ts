import neo4j, { type Driver } from 'neo4j-driver';
import { DRIVER_CONFIG } from '../../src/db/database.js';
import type { RecordedStatement } from '../../src/bench/recorder.js';
import { startFloorHttp, type FloorHttpTarget } from '../../src/bench/targets.js';
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
  const response = JSON.stringify({ data: { answer: 'as ours gave it' } });
  floor.routes.set('{"alone":true}', { statements: [recorded(true)], response });
  floor.routes.set('{"alone":false}', { statements: [recorded(false), recorded(false)], response });
  for (const body of ['{"alone":true}', '{"alone":false}']) {
    expect(await post(body)).toEqual({ status: 200, text: response });
  }
  // The statements do run: one that the database refuses (a parameter missing) fails the request.
  const refused = h.services.cypher.get('entity/get-by-ids');
  floor.routes.set('{"refused":true}', { statements: [{ ...refused, params: {}, alone: true }], response });
  const failed = await post('{"refused":true}');
  expect(failed.status).toBe(500);
  expect(failed.text).toMatch(/ids/);
  expect((await post('{"not":"recorded"}')).status).toBe(404);
});
