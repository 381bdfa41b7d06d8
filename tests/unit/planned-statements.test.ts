import { PlannedStatements } from '../../src/db/planned.js';

/** A run that ends when `finish` is called, logging when it starts and ends. */
function controlled(log: string[], name: string, fail = false) {
  let finish!: () => void;
  const ended = new Promise<void>((resolve) => (finish = resolve));
  const run = async () => {
    log.push(`${name} starts`);
    await ended;
    log.push(`${name} ends`);
    if (fail) throw new Error(`${name} failed`);
    return name;
  };
  return { run, finish };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
const statement = (text: string) => ({ name: 'test/statement', text });

describe('PlannedStatements.once', () => {
  it('lets a copy of a new text start only after the first copy has ended', async () => {
    const plans = new PlannedStatements(() => undefined);
    const log: string[] = [];
    const a = controlled(log, 'a');
    const b = controlled(log, 'b');
    const first = plans.once(statement('MATCH (n) RETURN n'), a.run);
    const second = plans.once(statement('MATCH (n) RETURN n'), b.run);
    await tick();
    expect(log).toEqual(['a starts']);
    a.finish();
    await tick();
    await tick();
    expect(log).toEqual(['a starts', 'a ends', 'b starts']);
    b.finish();
    await expect(Promise.all([first, second])).resolves.toEqual(['a', 'b']);
  });

  it('runs copies of a text that has run, and different new texts, at once', async () => {
    const plans = new PlannedStatements(() => undefined);
    const log: string[] = [];
    plans.remember(statement('RETURN 1'));
    const a = controlled(log, 'a');
    const b = controlled(log, 'b');
    const c = controlled(log, 'c');
    const runs = [
      plans.once(statement('RETURN 1'), a.run),
      plans.once(statement('RETURN 1'), b.run),
      plans.once(statement('RETURN 2'), c.run),
    ];
    await tick();
    expect(log).toEqual(['a starts', 'b starts', 'c starts']);
    a.finish();
    b.finish();
    c.finish();
    await Promise.all(runs);
  });

  it('remembers a text once its first run has ended, so later copies do not wait', async () => {
    const plans = new PlannedStatements(() => undefined);
    const log: string[] = [];
    const a = controlled(log, 'a');
    const first = plans.once(statement('RETURN 3'), a.run);
    a.finish();
    await first;
    await tick();
    const b = controlled(log, 'b');
    const c = controlled(log, 'c');
    const later = [plans.once(statement('RETURN 3'), b.run), plans.once(statement('RETURN 3'), c.run)];
    await tick();
    expect(log).toEqual(['a starts', 'a ends', 'b starts', 'c starts']);
    b.finish();
    c.finish();
    await Promise.all(later);
  });

  it('lets the waiting copy run when the first fails, and passes the failure to the first only', async () => {
    const plans = new PlannedStatements(() => undefined);
    const log: string[] = [];
    const a = controlled(log, 'a', true);
    const b = controlled(log, 'b');
    const first = plans.once(statement('RETURN 4'), a.run);
    const second = plans.once(statement('RETURN 4'), b.run);
    a.finish();
    await expect(first).rejects.toThrow('a failed');
    await tick();
    expect(log).toEqual(['a starts', 'a ends', 'b starts']);
    b.finish();
    await expect(second).resolves.toBe('b');
  });
});

describe('PlannedStatements while warming', () => {
  it('answers every new shape by its fallback and plans all of them afterwards, not only two', async () => {
    const plans = new PlannedStatements(() => undefined);
    const fallback = statement('MATCH (n) RETURN n');
    const ran: string[] = [];
    plans.warm();
    const shapes = ['A', 'B', 'C', 'D', 'E'].map((name) => statement(`MATCH (n:${name}) RETURN n`));
    for (const shaped of shapes) {
      // asked twice: kept once
      for (let i = 0; i < 2; i += 1) {
        const chosen = plans.choose(shaped, fallback, async () => ran.push(shaped.text));
        expect(chosen).toBe(fallback);
      }
    }
    await plans.settled();
    expect(ran).toEqual([]);
    await expect(plans.planDeferred(Date.now() + 60_000)).resolves.toEqual({ planned: 5, left: 0 });
    expect([...ran].sort()).toEqual(shapes.map((s) => s.text).sort());
    // planned shapes are chosen from now on; warming has ended
    for (const shaped of shapes) expect(plans.choose(shaped, fallback, async () => undefined)).toBe(shaped);
  });

  it('leaves what the deadline does not allow, and plans in the background again afterwards', async () => {
    const plans = new PlannedStatements(() => undefined);
    const fallback = statement('RETURN 0');
    plans.warm();
    plans.choose(statement('RETURN 1'), fallback, async () => undefined);
    await expect(plans.planDeferred(Date.now() - 1)).resolves.toEqual({ planned: 0, left: 1 });
    plans.remember(fallback);
    let planned = false;
    expect(
      plans.choose(statement('RETURN 2'), fallback, async () => {
        planned = true;
      }),
    ).toBe(fallback);
    await plans.settled();
    expect(planned).toBe(true);
  });
});

describe('PlannedStatements.choose', () => {
  it('uses the shaped statement while what completes the fallback has not been planned', async () => {
    const plans = new PlannedStatements(() => undefined);
    const shaped = statement('MATCH (n:A)-->(m) RETURN n, m');
    const fallback = statement('MATCH (n:A) RETURN n');
    const completing = statement('MATCH (n)-->(m) WHERE n.id IN $ids RETURN m');
    let runs = 0;
    const run = async () => {
      runs += 1;
    };
    expect(plans.choose(shaped, fallback, run, [completing])).toBe(shaped);
    // the fallback alone need not have run (a page with a filter of a new kind plans cheaply)
    plans.remember(completing);
    expect(plans.choose(shaped, fallback, run, [completing])).toBe(fallback);
    await plans.settled();
    // the shaped statement planned in the background once, then chosen
    expect(runs).toBe(1);
    expect(plans.choose(shaped, fallback, run, [completing])).toBe(shaped);
  });
});

describe('PlannedStatements in the background', () => {
  it('plans every new shape in turn, two at a time, none dropped', async () => {
    const plans = new PlannedStatements(() => undefined);
    const fallback = statement('RETURN 0');
    plans.remember(fallback);
    let running = 0;
    let most = 0;
    const planned: string[] = [];
    const shapes = [1, 2, 3, 4, 5].map((i) => statement(`RETURN ${i}`));
    for (const shaped of shapes) {
      plans.choose(shaped, fallback, async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 20));
        running -= 1;
        planned.push(shaped.text);
      });
    }
    await plans.settled();
    expect([...planned].sort()).toEqual(shapes.map((s) => s.text).sort());
    expect(most).toBe(2);
    for (const shaped of shapes) expect(plans.has(shaped)).toBe(true);
  });

  it('waits for a moment without reads before planning', async () => {
    const plans = new PlannedStatements(() => undefined);
    const fallback = statement('RETURN 0');
    plans.remember(fallback);
    const log: string[] = [];
    // a read under way for 600 ms
    const busy = plans.once(fallback, async () => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      log.push('read ends');
    });
    plans.choose(statement('RETURN 1'), fallback, async () => {
      log.push('planning');
    });
    await Promise.all([busy, plans.settled()]);
    expect(log).toEqual(['read ends', 'planning']);
  });
});

describe('PlannedStatements memory', () => {
  it('keeps the statements that complete fallbacks when it starts over', () => {
    const plans = new PlannedStatements(() => undefined);
    const completing = statement('MATCH (n)-->(m) WHERE n.id IN $ids RETURN m');
    const fallback = statement('MATCH (n) RETURN n');
    plans.remember(completing);
    plans.remember(fallback);
    plans.choose(statement('MATCH (n)-->(m) RETURN n, m'), fallback, async () => undefined, [completing]);
    for (let i = 0; i < 5_000; i += 1) plans.remember(statement(`RETURN ${i}`));
    expect(plans.has(completing)).toBe(true);
    expect(plans.has(fallback)).toBe(false);
    expect(plans.has(statement('RETURN 4999'))).toBe(true);
  });
});
