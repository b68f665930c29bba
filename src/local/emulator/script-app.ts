/**
 * ScriptApp: the AuthMode enum and the script id. Triggers (newTrigger, getProjectTriggers,
 * deleteTrigger) are a later issue: they throw "Not emulated" until then, and belong in a
 * trigger store on the Env next to the lock table.
 */
import { AuthMode } from './enums';
import type { Env } from './env';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';

/** ScriptApp. */
export class ScriptAppService extends Emulated {
  readonly AuthMode = AuthMode;

  constructor(env: Env) {
    super(env);
  }

  getScriptId(): string {
    return this[ENV].scriptId;
  }
}

declareNotEmulated(ScriptAppService, 'ScriptApp', [
  'newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger', 'getScriptTriggers', 'getOAuthToken',
  'getIdentityToken', 'invalidateAuth', 'getAuthorizationInfo', 'getService', 'getInstallationSource',
  'newStateToken', 'requireScopes', 'requireAllScopes',
]);

instrument(ScriptAppService, { service: 'ScriptApp', className: 'ScriptApp', qualifiedName: 'ScriptApp' });
