/**
 * ScriptApp: the AuthMode, EventType and TriggerSource enums, the script id, and installable
 * triggers (newTrigger, getProjectTriggers, getUserTriggers, deleteTrigger), which live in a
 * trigger store of the environment (triggers.ts; fired by the test hooks `sandbox.triggers`
 * and `sandbox.forms`).
 */
import { AuthMode, EventType, TriggerSource, WeekDay } from './enums';
import type { Env } from './env';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';
import { SCOPE } from './scopes';
import { deleteTrigger, newTrigger, projectTriggers, userTriggers, type Trigger, type TriggerBuilder } from './triggers';

/** ScriptApp. */
export class ScriptAppService extends Emulated {
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;

  constructor(env: Env) {
    super(env);
  }

  getScriptId(): string {
    return this[ENV].scriptId;
  }

  /** A builder for an installable trigger that calls the top-level function `functionName`. */
  newTrigger(functionName: unknown): TriggerBuilder {
    return newTrigger(this[ENV], functionName);
  }

  /** The current user's triggers of this project. */
  getProjectTriggers(): Trigger[] {
    return projectTriggers(this[ENV]);
  }

  /** The current user's triggers for a spreadsheet or form. */
  getUserTriggers(file: unknown): Trigger[] {
    return userTriggers(this[ENV], file);
  }

  deleteTrigger(trigger: unknown): void {
    deleteTrigger(this[ENV], trigger);
  }
}

declareNotEmulated(ScriptAppService, 'ScriptApp', [
  'getScriptTriggers', 'getOAuthToken', 'getIdentityToken', 'invalidateAuth', 'getAuthorizationInfo', 'getService',
  'getInstallationSource', 'newStateToken', 'requireScopes', 'requireAllScopes',
]);

const TRIGGER_SCOPES = [SCOPE.scriptApp];

instrument(ScriptAppService, {
  service: 'ScriptApp',
  className: 'ScriptApp',
  qualifiedName: 'ScriptApp',
  methodScopes: {
    newTrigger: TRIGGER_SCOPES, getProjectTriggers: TRIGGER_SCOPES, getUserTriggers: TRIGGER_SCOPES, deleteTrigger: TRIGGER_SCOPES,
  },
});
