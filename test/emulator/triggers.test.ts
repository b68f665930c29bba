/**
 * ScriptApp installable triggers (src/local/emulator/triggers.ts, script-app.ts): installing,
 * listing, deleting, the 20-trigger limit, time-driven firing on the emulated clock.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/local/emulator/sandbox';
import { createServices } from '../../src/local/emulator/services';
import { errorOf, FIXTURES, MONDAY_9AM_HANOI, services } from './helpers';

const FORMS_DIST = path.join(FIXTURES, 'forms');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function triggerServices() {
  return createServices({ distDir: FORMS_DIST, now: MONDAY_9AM_HANOI });
}

describe('installing and listing', () => {
  it('newTrigger(...).forSpreadsheet / forForm / timeBased, with their Trigger fields', () => {
    const s = triggerServices();
    const { ScriptApp, SpreadsheetApp, FormApp } = s.globals;
    const form = FormApp.create('f');
    const onSubmit = ScriptApp.newTrigger('onRegistrationSubmit').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();
    const onOpen = ScriptApp.newTrigger('onOpenInstalled').forSpreadsheet(s.workbook.id).onOpen().create();
    const onForm = ScriptApp.newTrigger('onFormResponse').forForm(form).onFormSubmit().create();
    const daily = ScriptApp.newTrigger('runDailyTasks').timeBased().everyDays(1).atHour(7).inTimezone('Asia/Ho_Chi_Minh').create();

    expect(onSubmit.getHandlerFunction()).toBe('onRegistrationSubmit');
    expect(onSubmit.getEventType()).toBe(ScriptApp.EventType.ON_FORM_SUBMIT);
    expect(onSubmit.getTriggerSource()).toBe(ScriptApp.TriggerSource.SPREADSHEETS);
    expect(onSubmit.getTriggerSourceId()).toBe(s.workbook.id);
    expect(String(onOpen.getEventType())).toBe('ON_OPEN');
    expect(onForm.getTriggerSource()).toBe(ScriptApp.TriggerSource.FORMS);
    expect(onForm.getTriggerSourceId()).toBe(form.getId());
    expect(daily.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(daily.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    expect(daily.getTriggerSourceId()).toBeNull();
    expect(new Set([onSubmit, onOpen, onForm, daily].map((t) => t.getUniqueId())).size).toBe(4);
    expect(onSubmit.getUniqueId()).toMatch(/^\d+$/);

    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['onRegistrationSubmit', 'onOpenInstalled', 'onFormResponse', 'runDailyTasks']);
    expect(ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet()).map((t) => t.getHandlerFunction())).toEqual(['onRegistrationSubmit', 'onOpenInstalled']);
    expect(ScriptApp.getUserTriggers(form).map((t) => t.getHandlerFunction())).toEqual(['onFormResponse']);
    expect(s.triggers.list().find((t) => t.handlerFunction === 'runDailyTasks')).toMatchObject({
      eventType: 'CLOCK', source: 'CLOCK', sourceId: null, user: 'can.bo@tho-lap.example',
      nextRunAt: MONDAY_9AM_HANOI + 22 * HOUR,
    });
  });

  it('deleteTrigger removes one', () => {
    const s = triggerServices();
    const { ScriptApp } = s.globals;
    ScriptApp.newTrigger('a').timeBased().after(1000).create();
    const b = ScriptApp.newTrigger('b').timeBased().after(1000).create();
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === b.getUniqueId())!);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['a']);
    expect(errorOf(() => ScriptApp.deleteTrigger('a' as never)).message).toMatch(/^The parameters \(String\) don't match the method signature for ScriptApp.deleteTrigger/);
  });

  it('the 21st trigger throws the documented limit message', () => {
    const s = triggerServices();
    const { ScriptApp } = s.globals;
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    const error = errorOf(() => ScriptApp.newTrigger('f20').timeBased().everyHours(1).create());
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    expect(ScriptApp.getProjectTriggers()).toHaveLength(20);
  });

  it('a manifest without script.scriptapp gets the permission error; calls count under ScriptApp', () => {
    const s = services();
    expect(errorOf(() => s.globals.ScriptApp.newTrigger('x')).message)
      .toBe('You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp');
    const t = triggerServices();
    t.globals.ScriptApp.getProjectTriggers();
    expect(t.counter.byMethod()).toEqual({ 'ScriptApp.getProjectTriggers': 1 });
  });
});

describe('time-driven triggers', () => {
  it('everyDays(1).atHour(7) fires each day at 07:00 in its zone, each a separate execution with the clock event', () => {
    const sb = createSandbox({ distDir: FORMS_DIST, now: MONDAY_9AM_HANOI });
    const uid = sb.call<string>('installDaily', 7);
    const runs = sb.triggers.runDue(MONDAY_9AM_HANOI + 3 * DAY);
    expect(runs.map((r) => [r.triggerUid, r.error])).toEqual([[uid, undefined], [uid, undefined], [uid, undefined]]);
    expect(sb.clock.now()).toBe(MONDAY_9AM_HANOI + 3 * DAY);
    const events = sb.call<Array<{ event: Record<string, unknown>; now: string; locked: boolean }>>('events');
    expect(events.map((e) => e.now)).toEqual(['2025-12-16T00:00:00.000Z', '2025-12-17T00:00:00.000Z', '2025-12-18T00:00:00.000Z']);
    expect({ ...events[0]!.event, authMode: String(events[0]!.event.authMode) }).toEqual({
      authMode: 'FULL', triggerUid: uid, year: 2025, month: 12, 'day-of-month': 16, 'day-of-week': 2, 'week-of-year': 51,
      hour: 0, minute: 0, second: 0, timezone: 'UTC',
    });
    expect(events.every((e) => e.locked)).toBe(true);
    expect(sb.lock.isHeld('script')).toBe(false);
  });

  it('after(ms) fires once, in time order with the others; it stays listed', () => {
    const sb = createSandbox({ distDir: FORMS_DIST, now: MONDAY_9AM_HANOI });
    sb.call('installDaily', 10);
    sb.call('installAfter', 30 * 60_000);
    const runs = sb.triggers.runDue(MONDAY_9AM_HANOI + 2 * HOUR);
    expect(runs.map((r) => r.handlerFunction)).toEqual(['runLater', 'runDailyTasks']);
    expect(sb.triggers.runDue(MONDAY_9AM_HANOI + 5 * HOUR)).toEqual([]);
    expect(sb.triggers.list().map((t) => [t.handlerFunction, t.nextRunAt])).toEqual([
      ['runDailyTasks', MONDAY_9AM_HANOI + DAY + HOUR],
      ['runLater', null],
    ]);
  });

  it('at(date) fires once at that instant; fire(uid) fires any trigger now', () => {
    const s = triggerServices();
    const at = new Date(MONDAY_9AM_HANOI + 90 * 60_000);
    const t = s.globals.ScriptApp.newTrigger('nothere').timeBased().at(at).create();
    expect(s.triggers.runDue(MONDAY_9AM_HANOI + HOUR)).toEqual([]);
    const [run] = s.triggers.runDue(MONDAY_9AM_HANOI + 2 * HOUR);
    expect(run).toMatchObject({ triggerUid: t.getUniqueId(), at: at.getTime() });
    expect(run!.error?.message).toBe('Script function not found: nothere');
    expect(s.triggers.fire(t.getUniqueId()).handlerFunction).toBe('nothere');
  });
});
