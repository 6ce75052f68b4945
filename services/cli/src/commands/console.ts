// `ilr console users add|list|remove`: who may log in to the operations console
// (services/console). The users file lives in the console's data directory (users.json,
// 0600, scrypt hashes); a running console reads it at every login.
import { readFileSync } from 'node:fs';
import { CONSOLE_ROLES, ConsoleUserError, MIN_PASSWORD_LENGTH, UserStore, generatePassword, type ConsoleRole } from '@ilr/console';
import type { Command } from 'commander';
import { CliError } from '../output.js';

interface DirOption {
  dir: string;
}

const DEFAULT_DIR = '/var/lib/ilr/console';

const withDir = (c: Command): Command =>
  c.option('--dir <dir>', "the console's data directory (ILR_CONSOLE_DIR)", process.env['ILR_CONSOLE_DIR'] ?? DEFAULT_DIR);

async function run<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ConsoleUserError) throw new CliError(e.message);
    throw e;
  }
}

/** The password from standard input (first line), for scripts; never from an argument (it would sit in the shell history and `ps`). */
function passwordFromStdin(): string {
  const text = readFileSync(0, 'utf8');
  const line = text.split(/\r?\n/)[0] ?? '';
  if (!line) throw new CliError('--password-stdin: standard input held no password');
  return line;
}

export function registerConsole(program: Command): void {
  const consoleCmd = program.command('console').description('the operations console (ilr-console): its users');
  const users = consoleCmd
    .command('users')
    .description('console users: add, list, remove')
    .addHelpText(
      'after',
      `
Roles:
  viewer     reads every operations view
  operator   also marks dead letters handled and runs an audit verification
  admin      also sees the stream totals of ILR_REVIEW, ILR_DECISIONS and ILR_AUDIT
  director   belongs to one library (--library): sees and decides that library's review
             queue only (the console must hold the library's director credential)

Examples:
  ilr console users add ada --role operator        prints a generated password once
  ilr console users add dora --role director --library mt-bozeman --password-stdin < pw.txt
  ilr console users list
  ilr console users remove ada`,
    );

  withDir(
    users
      .command('add <name>')
      .description('add a user (a generated password is printed once unless --password-stdin)')
      .requiredOption('--role <role>', `one of ${CONSOLE_ROLES.join(', ')}`)
      .option('--library <id>', 'for a director: the library they belong to')
      .option('--password-stdin', `read the password (at least ${MIN_PASSWORD_LENGTH} characters) from standard input`),
  ).action(async (name: string, o: DirOption & { role: string; library?: string; passwordStdin?: boolean }) => {
    if (!(CONSOLE_ROLES as readonly string[]).includes(o.role)) throw new CliError(`--role must be one of ${CONSOLE_ROLES.join(', ')}, not "${o.role}"`);
    const generated = !o.passwordStdin;
    const password = generated ? generatePassword() : passwordFromStdin();
    const u = await run(() => new UserStore(o.dir).add({ name, role: o.role as ConsoleRole, password, ...(o.library ? { library: o.library } : {}) }));
    console.log(`${u.name}: added as ${u.role}${u.library ? ` of ${u.library}` : ''} (${o.dir})`);
    if (generated) console.log(`password: ${password}   (shown once: hand it over securely)`);
  });

  withDir(users.command('list').description('list the users (name, role, library, created)').option('--json', 'print JSON')).action(
    async (o: DirOption & { json?: boolean }) => {
      const all = await run(() => new UserStore(o.dir).list());
      if (o.json) {
        console.log(JSON.stringify(all, null, 2));
        return;
      }
      if (all.length === 0) {
        console.log(`no console users in ${o.dir}: add one with ilr console users add <name> --role operator`);
        return;
      }
      const w = Math.max(4, ...all.map((u) => u.name.length));
      console.log(`${'name'.padEnd(w)}  ${'role'.padEnd(8)}  ${'library'.padEnd(16)}  created`);
      for (const u of all) console.log(`${u.name.padEnd(w)}  ${u.role.padEnd(8)}  ${(u.library ?? '-').padEnd(16)}  ${u.createdAt.slice(0, 16).replace('T', ' ')} UTC`);
      console.log(`${all.length} user${all.length === 1 ? '' : 's'}`);
    },
  );

  withDir(users.command('remove <name>').description('remove a user (their sessions end at their next request)')).action(async (name: string, o: DirOption) => {
    const removed = await run(() => new UserStore(o.dir).remove(name));
    if (!removed) throw new CliError(`no console user ${name} in ${o.dir} (ilr console users list)`);
    console.log(`${name}: removed`);
  });
}
