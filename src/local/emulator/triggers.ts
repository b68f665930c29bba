/**
 * Installable triggers: the builders behind ScriptApp.newTrigger (spreadsheet open / edit /
 * change / form submit, form submit and open, time-driven), Trigger objects, the store of an
 * environment's triggers, and firing them. Each firing is a separate execution (AuthMode
 * FULL) that calls the script's top-level handler with the documented event object; a
 * handler that throws or does not exist makes a failed run (recorded, not rethrown: in
 * Google the failure goes to the executions log and the next trigger still fires).
 *
 * Time-driven triggers fire only through the `runDue` hook, which moves the emulated clock to
 * each due time in order. Google fires `atHour(h)` "within the hour"; here at exactly h:00, or
 * h:mm with `nearMinute(mm)`. The event's date fields are in UTC with `timezone: 'UTC'`, as in
 * the documented example. `after` / `at` triggers fire once and stay listed (as in Google,
 * where such a trigger still counts against the limit until deleted).
 */
import { isDate } from './cell-writes';
import { AuthMode, EnumValue, EventType, TriggerSource, type EventTypeName, type TriggerSourceName } from './enums';
import type { Env } from './env';
import { Form } from './form';
import { zonedParts } from './format-date';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';
import { describeArgTypes, MSG, notEmulated } from './messages';
import { LIMITS, TRIGGER_MSG } from './messages-services';
import { SCOPE } from './scopes';
import { Spreadsheet } from './spreadsheet';
import { instantFromZoned, isoWeek } from './zoned-time';

const SCOPES = [SCOPE.scriptApp];

/** When a time-driven trigger fires next. */
export interface ClockSchedule {
  /** 'once': after() / at(); 'every': everyMinutes/Hours/Days. */
  kind: 'once' | 'every';
  /** The next due instant (ms); null when it will not fire again. */
  nextAt: number | null;
  unit: 'minutes' | 'hours' | 'days' | null;
  every: number;
  /** atHour / nearMinute of daily triggers (null: the creation time's). */
  hour: number | null;
  minute: number | null;
  timeZone: string;
}

/** One installed trigger. */
export interface TriggerModel {
  uid: string;
  handler: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  /** Spreadsheet or form id; null for time-driven triggers. */
  sourceId: string | null;
  /** Email of the user who installed it (triggers are per user). */
  user: string;
  schedule: ClockSchedule | null;
}

/** One firing of a trigger (one execution). */
export interface TriggerRun {
  triggerUid: string;
  handlerFunction: string;
  eventType: EventTypeName;
  /** Emulated time of the firing (ms). */
  at: number;
  /** What the handler returned. */
  result?: unknown;
  /** What the handler threw (or "Script function not found: ..."). */
  error?: Error;
}

/** A trigger as plain data (the `triggers.list()` hook). */
export interface TriggerInfo {
  uid: string;
  handlerFunction: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  sourceId: string | null;
  user: string;
  /** When a time-driven trigger fires next (ms), else null. */
  nextRunAt: number | null;
}

/** Test hooks over the installed triggers (exposed as `sandbox.triggers`). */
export interface TriggerHooks {
  /** Every installed trigger. */
  list(): TriggerInfo[];
  /**
   * Fires, in time order, every time-driven trigger due up to `until` (each a separate
   * execution, the clock set to its due time), then sets the clock to `until`.
   */
  runDue(until: Date | number): TriggerRun[];
  /** Fires one trigger now with its event object (`event` adds or overrides fields). */
  fire(uid: string, event?: Record<string, unknown>): TriggerRun;
  /** Every firing so far, in order. */
  readonly runs: readonly TriggerRun[];
}

interface TriggerState {
  triggers: TriggerModel[];
  seq: number;
  runs: TriggerRun[];
}

const STATES = new WeakMap<Env, TriggerState>();

function stateOf(env: Env): TriggerState {
  let state = STATES.get(env);
  if (state === undefined) {
    state = { triggers: [], seq: 0, runs: [] };
    STATES.set(env, state);
  }
  return state;
}

/** The installed triggers of an environment (live array). */
export function installedTriggers(env: Env): TriggerModel[] {
  return stateOf(env).triggers;
}

/** ScriptApp.Trigger. */
export class Trigger extends Emulated {
  readonly #model: TriggerModel;

  constructor(env: Env, model: TriggerModel) {
    super(env);
    this.#model = model;
  }

  /** The model behind a Trigger (not a script method). */
  static modelOf(trigger: Trigger): TriggerModel {
    return trigger.#model;
  }

  getUniqueId(): string {
    return this.#model.uid;
  }

  getHandlerFunction(): string {
    return this.#model.handler;
  }

  getEventType(): EnumValue<EventTypeName> {
    return EventType[this.#model.eventType];
  }

  getTriggerSource(): EnumValue<TriggerSourceName> {
    return TriggerSource[this.#model.source];
  }

  /** The spreadsheet's or form's id; null for a time-driven trigger. */
  getTriggerSourceId(): string | null {
    return this.#model.sourceId;
  }
}

/** ScriptApp.TriggerBuilder (ScriptApp.newTrigger). */
export class TriggerBuilder extends Emulated {
  readonly #handler: string;

  constructor(env: Env, handler: string) {
    super(env);
    this.#handler = handler;
  }

  /** `forSpreadsheet(spreadsheet)` or `forSpreadsheet(id)`. */
  forSpreadsheet(sheet: unknown): SpreadsheetTriggerBuilder {
    const env = this[ENV];
    const id = sheet instanceof Spreadsheet ? env.workbook.id : typeof sheet === 'string' ? sheet : null;
    if (id === null) throw env.exception(MSG.signature(describeArgTypes([sheet]), 'ScriptApp.TriggerBuilder.forSpreadsheet'));
    return new SpreadsheetTriggerBuilder(env, this.#handler, id);
  }

  /** `forForm(form)` or `forForm(id)`. */
  forForm(form: unknown): FormTriggerBuilder {
    const env = this[ENV];
    const id = form instanceof Form ? Form.modelOf(form).id : typeof form === 'string' ? form : null;
    if (id === null) throw env.exception(MSG.signature(describeArgTypes([form]), 'ScriptApp.TriggerBuilder.forForm'));
    return new FormTriggerBuilder(env, this.#handler, id);
  }

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this[ENV], this.#handler);
  }
}

/** ScriptApp.SpreadsheetTriggerBuilder. */
export class SpreadsheetTriggerBuilder extends Emulated {
  readonly #handler: string;
  readonly #sourceId: string;
  #eventType: EventTypeName | null = null;

  constructor(env: Env, handler: string, sourceId: string) {
    super(env);
    this.#handler = handler;
    this.#sourceId = sourceId;
  }

  onOpen(): SpreadsheetTriggerBuilder {
    this.#eventType = 'ON_OPEN';
    return this;
  }

  onEdit(): SpreadsheetTriggerBuilder {
    this.#eventType = 'ON_EDIT';
    return this;
  }

  onChange(): SpreadsheetTriggerBuilder {
    this.#eventType = 'ON_CHANGE';
    return this;
  }

  onFormSubmit(): SpreadsheetTriggerBuilder {
    this.#eventType = 'ON_FORM_SUBMIT';
    return this;
  }

  create(): Trigger {
    if (this.#eventType === null) throw notEmulated('SpreadsheetTriggerBuilder.create() before choosing the event');
    return install(this[ENV], { handler: this.#handler, eventType: this.#eventType, source: 'SPREADSHEETS', sourceId: this.#sourceId, schedule: null });
  }
}

/** ScriptApp.FormTriggerBuilder. */
export class FormTriggerBuilder extends Emulated {
  readonly #handler: string;
  readonly #sourceId: string;
  #eventType: EventTypeName | null = null;

  constructor(env: Env, handler: string, sourceId: string) {
    super(env);
    this.#handler = handler;
    this.#sourceId = sourceId;
  }

  onFormSubmit(): FormTriggerBuilder {
    this.#eventType = 'ON_FORM_SUBMIT';
    return this;
  }

  onOpen(): FormTriggerBuilder {
    this.#eventType = 'ON_OPEN';
    return this;
  }

  create(): Trigger {
    if (this.#eventType === null) throw notEmulated('FormTriggerBuilder.create() before choosing the event');
    return install(this[ENV], { handler: this.#handler, eventType: this.#eventType, source: 'FORMS', sourceId: this.#sourceId, schedule: null });
  }
}

/** ScriptApp.ClockTriggerBuilder. */
export class ClockTriggerBuilder extends Emulated {
  readonly #handler: string;
  #once: number | null = null;
  #unit: ClockSchedule['unit'] = null;
  #every = 0;
  #hour: number | null = null;
  #minute: number | null = null;
  #timeZone: string | null = null;

  constructor(env: Env, handler: string) {
    super(env);
    this.#handler = handler;
  }

  /** Fires once, at least `durationMilliseconds` from now. */
  after(durationMilliseconds: unknown): ClockTriggerBuilder {
    const ms = this.#integer(durationMilliseconds, 'after');
    this.#once = this[ENV].clock.now() + ms;
    return this;
  }

  /** Fires once, at `date`. */
  at(date: unknown): ClockTriggerBuilder {
    const env = this[ENV];
    if (!isDate(date)) throw env.exception(MSG.signature(describeArgTypes([date]), 'ScriptApp.ClockTriggerBuilder.at'));
    this.#once = date.getTime();
    return this;
  }

  everyMinutes(n: unknown): ClockTriggerBuilder {
    return this.#recurring('minutes', this.#integer(n, 'everyMinutes'));
  }

  everyHours(n: unknown): ClockTriggerBuilder {
    return this.#recurring('hours', this.#integer(n, 'everyHours'));
  }

  everyDays(n: unknown): ClockTriggerBuilder {
    return this.#recurring('days', this.#integer(n, 'everyDays'));
  }

  /** The hour (0-23, in the trigger's time zone) a daily trigger fires in. */
  atHour(hour: unknown): ClockTriggerBuilder {
    this.#hour = this.#integer(hour, 'atHour');
    return this;
  }

  /** The minute (± 15 in Google; exactly here) a daily trigger fires at. */
  nearMinute(minute: unknown): ClockTriggerBuilder {
    this.#minute = this.#integer(minute, 'nearMinute');
    return this;
  }

  /** The time zone of atHour (default: the script's). */
  inTimezone(timezone: unknown): ClockTriggerBuilder {
    const env = this[ENV];
    if (typeof timezone !== 'string') throw env.exception(MSG.signature(describeArgTypes([timezone]), 'ScriptApp.ClockTriggerBuilder.inTimezone'));
    this.#timeZone = timezone;
    return this;
  }

  create(): Trigger {
    const env = this[ENV];
    const timeZone = this.#timeZone ?? env.scriptTimeZone;
    const now = env.clock.now();
    let schedule: ClockSchedule;
    if (this.#once !== null) {
      schedule = { kind: 'once', nextAt: this.#once, unit: null, every: 0, hour: null, minute: null, timeZone };
    } else if (this.#unit !== null) {
      schedule = { kind: 'every', nextAt: null, unit: this.#unit, every: this.#every, hour: this.#hour, minute: this.#minute, timeZone };
      schedule.nextAt = firstOccurrence(schedule, now);
    } else {
      throw notEmulated('ClockTriggerBuilder.create() without after, at or every...');
    }
    return install(env, { handler: this.#handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, schedule });
  }

  #recurring(unit: NonNullable<ClockSchedule['unit']>, n: number): ClockTriggerBuilder {
    this.#unit = unit;
    this.#every = n;
    return this;
  }

  #integer(value: unknown, method: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw this[ENV].exception(MSG.signature(describeArgTypes([value]), `ScriptApp.ClockTriggerBuilder.${method}`));
    }
    return Math.trunc(value);
  }
}

/** Installs a trigger for the current user, within the 20-per-user-per-script limit. */
function install(env: Env, spec: Omit<TriggerModel, 'uid' | 'user'>): Trigger {
  const state = stateOf(env);
  const mine = state.triggers.filter((t) => t.user === env.user).length;
  if (mine >= LIMITS.triggersPerUserPerScript) throw env.exception(TRIGGER_MSG.tooMany);
  state.seq += 1;
  const model: TriggerModel = { uid: String(5_718_000_000 + state.seq * 7_919), user: env.user, ...spec };
  state.triggers.push(model);
  return new Trigger(env, model);
}

/** ScriptApp.newTrigger(functionName). */
export function newTrigger(env: Env, functionName: unknown): TriggerBuilder {
  if (typeof functionName !== 'string') throw env.exception(MSG.signature(describeArgTypes([functionName]), 'ScriptApp.newTrigger'));
  return new TriggerBuilder(env, functionName);
}

/** ScriptApp.getProjectTriggers(): the current user's triggers of this project. */
export function projectTriggers(env: Env): Trigger[] {
  return env.realm.array(stateOf(env).triggers.filter((t) => t.user === env.user).map((t) => new Trigger(env, t)));
}

/** ScriptApp.getUserTriggers(spreadsheet | form): the current user's triggers for that file. */
export function userTriggers(env: Env, file: unknown): Trigger[] {
  const id = file instanceof Spreadsheet ? env.workbook.id : file instanceof Form ? Form.modelOf(file).id : null;
  if (id === null) throw env.exception(MSG.signature(describeArgTypes([file]), 'ScriptApp.getUserTriggers'));
  return env.realm.array(stateOf(env).triggers.filter((t) => t.user === env.user && t.sourceId === id).map((t) => new Trigger(env, t)));
}

/** ScriptApp.deleteTrigger(trigger). */
export function deleteTrigger(env: Env, trigger: unknown): void {
  if (!(trigger instanceof Trigger)) throw env.exception(MSG.signature(describeArgTypes([trigger]), 'ScriptApp.deleteTrigger'));
  const state = stateOf(env);
  const uid = Trigger.modelOf(trigger).uid;
  const at = state.triggers.findIndex((t) => t.uid === uid);
  if (at >= 0) state.triggers.splice(at, 1);
}

/** The form-submit triggers a submission to `formId` (linked to `spreadsheetId` or not) sets off. */
export function formSubmitTriggers(env: Env, formId: string, spreadsheetId: string | null): TriggerModel[] {
  return stateOf(env).triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT'
    && ((t.source === 'FORMS' && t.sourceId === formId) || (t.source === 'SPREADSHEETS' && spreadsheetId !== null && t.sourceId === spreadsheetId)));
}

/**
 * Fires `trigger` as one execution in AuthMode.FULL: its handler gets
 * `{ authMode, triggerUid, ...fields }` (copied into the script's realm; emulated objects kept).
 */
export function fireTrigger(env: Env, trigger: TriggerModel, fields: Record<string, unknown>): TriggerRun {
  const run: TriggerRun = { triggerUid: trigger.uid, handlerFunction: trigger.handler, eventType: trigger.eventType, at: env.clock.now() };
  try {
    run.result = env.runExecution('FULL', () => {
      const handler = (env.globals as Record<string, unknown>)[trigger.handler];
      if (typeof handler !== 'function') throw env.exception(TRIGGER_MSG.functionNotFound(trigger.handler));
      const event = env.realm.plain({ authMode: AuthMode.FULL, ...fields, triggerUid: trigger.uid });
      return (handler as (e: unknown) => unknown)(event);
    });
  } catch (error) {
    run.error = error as Error;
  }
  stateOf(env).runs.push(run);
  return run;
}

/** The fields of a time-driven event at `ms` (UTC, as documented). */
export function clockEventFields(ms: number): Record<string, unknown> {
  const p = zonedParts(ms, 'UTC');
  return {
    year: p.year,
    month: p.month,
    'day-of-month': p.day,
    'day-of-week': p.weekday,
    'week-of-year': isoWeek(p.year, p.month, p.day),
    hour: p.hour,
    minute: p.minute,
    second: p.second,
    timezone: 'UTC',
  };
}

/** The first due instant of a recurring schedule created at `now`. */
function firstOccurrence(s: ClockSchedule, now: number): number {
  if (s.unit === 'days' && s.hour !== null) {
    const p = zonedParts(now, s.timeZone);
    let at = instantFromZoned(p.year, p.month, p.day, s.hour, s.minute ?? 0, 0, s.timeZone);
    if (at <= now) at = instantFromZoned(p.year, p.month, p.day + 1, s.hour, s.minute ?? 0, 0, s.timeZone);
    return at;
  }
  return nextOccurrence(s, now) ?? now;
}

/** The due instant after one at `at` (null for a one-off trigger). */
function nextOccurrence(s: ClockSchedule, at: number): number | null {
  if (s.kind === 'once') return null;
  const every = Math.max(1, s.every);
  if (s.unit === 'minutes') return at + every * 60_000;
  if (s.unit === 'hours') return at + every * 3_600_000;
  const p = zonedParts(at, s.timeZone);
  return instantFromZoned(p.year, p.month, p.day + every, s.hour ?? p.hour, s.minute ?? p.minute, s.hour === null ? p.second : 0, s.timeZone);
}

/** The `sandbox.triggers` hooks of an environment. */
export function triggerHooks(env: Env): TriggerHooks {
  const state = stateOf(env);
  return {
    list: () => state.triggers.map((t) => ({
      uid: t.uid, handlerFunction: t.handler, eventType: t.eventType, source: t.source, sourceId: t.sourceId, user: t.user,
      nextRunAt: t.schedule?.nextAt ?? null,
    })),
    runDue(until: Date | number): TriggerRun[] {
      const limit = typeof until === 'number' ? until : until.getTime();
      const runs: TriggerRun[] = [];
      for (let guard = 0; guard < 100_000; guard++) {
        let due: TriggerModel | null = null;
        for (const t of state.triggers) {
          const next = t.schedule?.nextAt ?? null;
          if (next !== null && next <= limit && (due === null || next < (due.schedule?.nextAt ?? Infinity))) due = t;
        }
        if (due === null || due.schedule === null || due.schedule.nextAt === null) break;
        const at = due.schedule.nextAt;
        if (at > env.clock.now()) env.clock.set(at);
        due.schedule.nextAt = nextOccurrence(due.schedule, at);
        runs.push(fireTrigger(env, due, clockEventFields(env.clock.now())));
      }
      if (limit > env.clock.now()) env.clock.set(limit);
      return runs;
    },
    fire(uid: string, event: Record<string, unknown> = {}): TriggerRun {
      const trigger = state.triggers.find((t) => t.uid === uid);
      if (trigger === undefined) throw new Error(`No installed trigger ${uid}`);
      const defaults: Record<string, unknown> = trigger.eventType === 'CLOCK'
        ? clockEventFields(env.clock.now())
        : trigger.source === 'SPREADSHEETS' ? { source: new Spreadsheet(env) } : {};
      return fireTrigger(env, trigger, { ...defaults, ...event });
    },
    get runs(): readonly TriggerRun[] {
      return state.runs;
    },
  };
}

declareNotEmulated(TriggerBuilder, 'TriggerBuilder', ['forDocument', 'forUserCalendar']);
declareNotEmulated(ClockTriggerBuilder, 'ClockTriggerBuilder', ['everyWeeks', 'onWeekDay', 'onMonthDay', 'atDate']);

for (const [cls, name] of [
  [Trigger, 'Trigger'], [TriggerBuilder, 'TriggerBuilder'], [SpreadsheetTriggerBuilder, 'SpreadsheetTriggerBuilder'],
  [FormTriggerBuilder, 'FormTriggerBuilder'], [ClockTriggerBuilder, 'ClockTriggerBuilder'],
] as const) {
  instrument(cls, { service: 'ScriptApp', className: name, qualifiedName: `ScriptApp.${name}`, scopes: SCOPES });
}
