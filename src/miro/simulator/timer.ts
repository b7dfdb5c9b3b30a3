// The board timer, shared by every client: available only when canUse('timer') is true
// (option `timer`). Its events go to every client's timer handlers [unverified].
import type { TimerInstance, TimerLike } from '../types';
import type { TimerEventType } from '@mirohq/websdk-types';
import { clientOf, type Core } from './core';
import { forbidden, invalid } from './errors';
import { checkNumber } from './limits';

function snapshot(core: Core, now: number): TimerInstance {
  const t = core.timer;
  const rest =
    t.status === 'STARTED' ? Math.max(0, t.restDuration - (now - t.startedAt)) : t.restDuration;
  return { status: t.status, totalDuration: t.totalDuration, restDuration: rest };
}

function emit(core: Core, event: TimerEventType): void {
  const timer = snapshot(core, core.runtime.now());
  for (const client of core.clients.values()) client.timer.emit(core.runtime, event, { timer });
}

/** Stops a running timer whose time is up and fires 'finish' (mutates core). */
export function expireTimer(core: Core): void {
  if (core.timer.status !== 'STARTED') return;
  if (snapshot(core, core.runtime.now()).restDuration > 0) return;
  Object.assign(core.timer, { status: 'STOPPED', restDuration: 0 });
  emit(core, 'finish');
}

/** Returns client `userId`'s timer API; every call throws unless the board can use the timer. */
export function createTimer(core: Core, userId: string): TimerLike {
  const client = clientOf(core, userId);
  const t = core.timer;
  const op = (kind: string, effect: (now: number) => TimerEventType | undefined) =>
    core.runtime.call(userId, `timer.${kind}`, () => {
      if (!core.options.timer) {
        throw forbidden("The board timer is not available on this plan (canUse('timer') is false)");
      }
      expireTimer(core);
      const event = effect(core.runtime.now());
      if (event) emit(core, event);
      return snapshot(core, core.runtime.now());
    });
  const need = (ok: boolean, what: string) => {
    if (!ok) throw invalid(`Cannot ${what} the timer while it is ${t.status.toLowerCase()}`);
  };
  return {
    get: () => op('get', () => undefined),
    start: (duration) =>
      op('start', (now) => {
        checkNumber('timer duration', duration, true);
        need(t.status === 'STOPPED', 'start');
        Object.assign(t, {
          status: 'STARTED',
          totalDuration: duration,
          restDuration: duration,
          startedAt: now,
        });
        return 'start';
      }),
    stop: () =>
      op('stop', () => {
        need(t.status !== 'STOPPED', 'stop');
        Object.assign(t, { status: 'STOPPED', restDuration: 0 });
        return 'finish';
      }),
    pause: () =>
      op('pause', (now) => {
        need(t.status === 'STARTED', 'pause');
        Object.assign(t, { status: 'PAUSED', restDuration: snapshot(core, now).restDuration });
        return 'update';
      }),
    resume: () =>
      op('resume', (now) => {
        need(t.status === 'PAUSED', 'resume');
        Object.assign(t, { status: 'STARTED', startedAt: now });
        return 'update';
      }),
    prolong: (duration) =>
      op('prolong', () => {
        checkNumber('timer duration', duration, true);
        need(t.status !== 'STOPPED', 'prolong');
        t.totalDuration += duration;
        t.restDuration += duration;
        return 'update';
      }),
    isStarted: () => op('isStarted', () => undefined).then((s) => s.status !== 'STOPPED'),
    on: (event, handler) => client.timer.on(event, handler as (p: never) => void),
    off: (event, handler) => client.timer.off(event, handler as (p: never) => void),
  };
}
