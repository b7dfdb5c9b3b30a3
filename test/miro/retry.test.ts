import { describe, expect, it } from 'vitest';
import {
  classifyError,
  isNotFoundError,
  retryAfterOf,
  retryDelay,
  withRetry,
} from '../../src/miro/retry';
import { createSimulatedMiro, RateLimitError, SimMiroError } from '../../src/miro/simulator';

const noSleep = async () => undefined;
const withName = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('classifyError', () => {
  it.each([
    ['a plain Error of unknown meaning', new Error('Something went wrong')],
    ['an empty Error', new Error()],
    ['a bare object with only a message', { message: 'Something went wrong' }],
    ['a string', 'oops'],
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a failed fetch', new TypeError('Failed to fetch')],
    ['a failed fetch (Safari)', new TypeError('Load failed')],
    ['a network error that says cannot', new Error('Network error: cannot reach the board')],
    ['the simulator’s injected failure', new Error('Network error: call #3 (sync) failed')],
    ['a DOMException-like NetworkError', { name: 'NetworkError', message: 'A network error' }],
    ['a DOMException-like TimeoutError', { name: 'TimeoutError', message: 'Signal timed out' }],
    ['an HTTP 503', { status: 503, message: 'Service unavailable' }],
    ['an HTTP 500 without message', { status: 500 }],
    ['a timeout', new Error('Request timed out')],
    ['a refused connection', new Error('connect ECONNREFUSED 127.0.0.1:443')],
    ['a coded network error', new SimMiroError('NETWORK', 'offline')],
  ])('retries %s', (_, error) => {
    expect(classifyError(error)).toBe('transient');
  });

  it.each([
    ['a rate-limit message', new Error('Rate limit exceeded: retry in 60000 ms')],
    ['"too many requests"', new Error('Too many requests')],
    ['a credits message', { message: 'Not enough credits left for this minute' }],
    ['a string', 'rate-limited'],
    ['{ status: 429 }', { status: 429 }],
    ['{ statusCode: 429 }', { statusCode: 429, message: 'Invalid request' }],
    ['the simulator’s coded class', new RateLimitError('Slow down', 1000)],
    ['a name only', withName('RateLimitError', '')],
  ])('waits longer on %s', (_, error) => {
    expect(classifyError(error)).toBe('rate-limit');
  });

  it.each([
    ['sticky width with height', 'Sticky note: set either width or height, not both'],
    ['content too long', 'Sticky note content has 6000 characters; it must be under 6000'],
    ['metadata over the limit', 'Item metadata would be 300 bytes of JSON; the limit is 256'],
    ['app data over the limit', 'App data exceeds the limit of 512 bytes'],
    ['a frame under 100×100', 'Frame size 99x400 is below the minimum of 100x100'],
    ['a child outside its frame', 'Cannot move item 3 outside its parent frame 1'],
    ['a missing item', "Item with id '404' was not found on the board"],
    ['a missing item, other words', 'Item 404 does not exist'],
    ['a forbidden action', 'Frame showContent can only be changed by board owners'],
    ['a permission', 'You do not have permission to edit this board'],
    ['an invalid value', 'Invalid value for width: must be at least 100'],
    ['not allowed', 'Tag <div> is not allowed'],
    ['a refusal', 'Refused'],
    ['access denied', 'Access denied'],
    ['a paid feature', "The board timer is not available on this plan (canUse('timer') is false)"],
  ])('does not retry %s', (_, message) => {
    expect(classifyError(new Error(message))).toBe('permanent');
    expect(classifyError({ message })).toBe('permanent');
    expect(classifyError(message)).toBe('permanent');
  });

  it.each([
    ['an HTTP 404', { status: 404 }],
    ['an HTTP 400 with a vague message', { status: 400, message: 'Something went wrong' }],
    ['a coded rejection with a vague message', new SimMiroError('INVALID', 'Nope')],
    ['a DOMException-like NotAllowedError', withName('NotAllowedError', 'Denied')],
    ['our own pool abort', withName('AbortedError', 'Aborted after an earlier failure')],
    ['an aborted request', withName('AbortError', 'The operation was aborted')],
    ['a bug in the caller', new TypeError("Cannot read properties of undefined (reading 'x')")],
    ['a bug without a telling message', new TypeError('x.y is weird')],
  ])('does not retry %s', (_, error) => {
    expect(classifyError(error)).toBe('permanent');
  });

  it('calls every argument the simulated Miro rejects permanent, in either error shape', async () => {
    for (const errorShape of ['unknown', 'coded'] as const) {
      const sim = createSimulatedMiro({ assume: { errorShape } });
      const { board } = sim;
      const frame = await board.createFrame({ x: 0, y: 0, width: 400, height: 400 });
      const sticky = await board.createStickyNote({ x: 0, y: 0, width: 100 });
      await frame.add(sticky);
      sticky.x = 450;
      const small = await board.createFrame({ x: 2000, width: 100, height: 100 });
      small.height = 50;
      const shape = await board.createShape({ x: 4000, width: 200, height: 100 });
      (shape as { width: number }).width = 300;
      await board.createTag({ title: 'warm' });
      const rejected = await Promise.all(
        [
          () => board.createStickyNote({ width: 200, height: 200 }),
          () => board.createStickyNote({ content: 'x'.repeat(6000) }),
          () => board.createStickyNote({ content: '<div>a</div>' }),
          () => board.createFrame({ width: 99, height: 400 }),
          () => board.createFrame({ showContent: false }),
          () => board.createFrame({ style: { fillColor: '#fff' } }),
          () => board.createFrame({ style: { color: '#000000' } as never }),
          () => board.createShape({ shape: 'blob' as never }),
          () => board.createTag({ title: 't'.repeat(121) }),
          () => board.createTag({ title: 'warm' }),
          () => board.setAppData('b', 'y'.repeat(600)),
          () => sticky.setMetadata('b', 'y'.repeat(300)),
          () => sticky.sync(),
          () => small.sync(),
          () => shape.sync(),
          () => board.getById('404'),
          () => board.remove({ id: '404', type: 'sticky_note' }),
          () => board.notifications.showError('n'.repeat(81)),
          () => board.timer.start(60_000),
          () => board.collaboration.zoomTo({ id: 'u-ann', name: 'Ann' }, frame),
          () => board.storage.collection('c').set('k', { d: new Date() as never }),
        ].map((call) =>
          call().then(
            () => 'resolved',
            (e: unknown) => e,
          ),
        ),
      );
      for (const error of rejected) {
        expect([errorShape, classifyError(error), (error as Error).message]).toEqual([
          errorShape,
          'permanent',
          (error as Error).message,
        ]);
      }
    }
  });
});

describe('isNotFoundError', () => {
  it('recognises a missing item by message, status or code', () => {
    expect(isNotFoundError(new Error("Item with id '1' was not found on the board"))).toBe(true);
    expect(isNotFoundError({ status: 404 })).toBe(true);
    expect(isNotFoundError(new SimMiroError('NOT_FOUND', 'gone'))).toBe(true);
    expect(isNotFoundError(new Error('Invalid frame title'))).toBe(false);
    expect(isNotFoundError(undefined)).toBe(false);
  });
});

describe('retryAfterOf', () => {
  it.each([
    [{ retryAfterMs: 12_345 }, 12_345],
    [{ retryAfter: 30 }, 30_000],
    [{ retryAfter: '2' }, 2_000],
    [new Error('Rate limit exceeded: retry in 60000 ms'), 60_000],
    [new Error('Too many requests. Retry-After: 30'), 30_000],
    [new Error('Please try again in 2 minutes'), 120_000],
    ['retry after 1.5 s', 1_500],
    [new Error('Rate limit exceeded'), undefined],
    [undefined, undefined],
  ])('reads %o as %s ms', (error, ms) => {
    expect(retryAfterOf(error)).toBe(ms);
  });
});

describe('retryDelay', () => {
  it('grows and jitters transient waits and waits longer on a rate limit', () => {
    const at = (error: unknown, n: number, r: number) =>
      retryDelay(error, n, { random: () => r, backoff: { baseMs: 100 } });
    expect([0, 1, 2].map((n) => at(new Error('x'), n, 0.999_999))).toEqual([100, 200, 400]);
    expect(at(new Error('x'), 2, 0)).toBe(200);
    expect(at(new Error('x'), 20, 0.999_999)).toBe(5_000);
    expect([0, 1, 4, 9].map((n) => at({ status: 429 }, n, 0.999_999))).toEqual([
      5_000, 10_000, 60_000, 60_000,
    ]);
  });

  it('honours a stated retry-after, up to the cap', () => {
    const error = new Error('Rate limit exceeded: retry in 9000 ms');
    expect(retryDelay(error, 0, { random: () => 0 })).toBe(9_000);
    expect(retryDelay(error, 0, { random: () => 0, capMs: 2_000 })).toBe(2_000);
  });
});

describe('withRetry', () => {
  it('retries errors of unknown shape with growing, jittered waits', async () => {
    const waits: number[] = [];
    let calls = 0;
    const value = await withRetry(
      async () => {
        if (++calls < 4) throw calls === 2 ? { message: 'Something went wrong' } : new Error();
        return 'ok';
      },
      { random: () => 1, sleep: async (ms) => void waits.push(ms), backoff: { baseMs: 100 } },
    );
    expect(value).toBe('ok');
    expect(waits).toEqual([100, 200, 400]);
  });

  it('waits the retryAfterMs of a rate-limit error', async () => {
    const waits: number[] = [];
    let calls = 0;
    await withRetry(
      async () => {
        if (++calls === 1) throw new RateLimitError('Rate limit exceeded', 12_345);
      },
      { random: () => 0, sleep: async (ms) => void waits.push(ms) },
    );
    expect(waits).toEqual([12_345]);
  });

  it('throws a permanent error at once and gives up after the retries', async () => {
    let calls = 0;
    const invalid = new Error('Invalid value for width: must be at least 100');
    await expect(
      withRetry(async () => (calls++, Promise.reject(invalid)), { sleep: noSleep }),
    ).rejects.toBe(invalid);
    expect(calls).toBe(1);
    calls = 0;
    const vague = new Error('Something went wrong');
    await expect(
      withRetry(async () => (calls++, Promise.reject(vague)), { retries: 3, sleep: noSleep }),
    ).rejects.toBe(vague);
    expect(calls).toBe(4);
  });
});
