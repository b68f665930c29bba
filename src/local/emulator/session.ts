/**
 * Session: the user running the script (configurable email), the script's time zone (from
 * the manifest unless overridden) and a stable temporary user key. Reading the user's email
 * needs the userinfo.email scope, as in Apps Script.
 */
import { createHash } from 'node:crypto';
import type { Env } from './env';
import { Emulated, ENV, instrument } from './instrument';
import { SCOPE } from './scopes';

/** Session.User. */
export class User extends Emulated {
  readonly #email: string;

  constructor(env: Env, email: string) {
    super(env);
    this.#email = email;
  }

  getEmail(): string {
    return this.#email;
  }

  override toString(): string {
    return this.#email;
  }
}

/** Session. */
export class SessionService extends Emulated {
  constructor(env: Env) {
    super(env);
  }

  getActiveUser(): User {
    return new User(this[ENV], this[ENV].user);
  }

  getEffectiveUser(): User {
    return new User(this[ENV], this[ENV].user);
  }

  getScriptTimeZone(): string {
    return this[ENV].scriptTimeZone;
  }

  getActiveUserLocale(): string {
    return this[ENV].workbook.locale.split(/[_-]/)[0] ?? '';
  }

  /** A key that identifies the user to this script without revealing the email. */
  getTemporaryActiveUserKey(): string {
    const env = this[ENV];
    return createHash('sha256').update(`${env.scriptId}\n${env.user}`).digest('base64').replace(/=+$/, '');
  }
}

instrument(User, { service: 'Session', className: 'User', qualifiedName: 'Session.User' });
instrument(SessionService, {
  service: 'Session',
  className: 'Session',
  qualifiedName: 'Session',
  methodScopes: { getActiveUser: [SCOPE.userEmail], getEffectiveUser: [SCOPE.userEmail] },
});
