// @ilr/console: ilr-console, the consortium operations console (services/console/README.md),
// and the users store `ilr console users` manages.
export { buildApp, type BuildAppOptions } from './app.js';
export { ReviewDesk, DeskError, type DirectorCredential } from './desk.js';
export { LoginThrottle, type ThrottleOptions } from './throttle.js';
export { SessionStore, type Session, type SessionOptions } from './sessions.js';
export {
  CONSOLE_ROLES,
  ConsoleUserError,
  MIN_PASSWORD_LENGTH,
  USERS_FILE,
  UserStore,
  generatePassword,
  type AddUser,
  type ConsoleRole,
  type ConsoleUser,
} from './users.js';
export type { ActionRecorder, ConsoleAction, ConsoleContext } from './types.js';
export { startConsole, type RunningConsole, type StartConsoleOptions } from './start.js';
export { loadConfig, parseConfig, ConsoleConfigError, zConsoleConfig, type ConsoleConfig } from './config.js';
