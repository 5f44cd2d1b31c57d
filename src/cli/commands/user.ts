import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { dbConfigFrom, openServices } from '../../server/main.js';
import { UsageError, type Io } from '../io.js';

export const userHelp = `Usage: platewise user add NAME [--admin] [--password-stdin] [--data-dir DIR]
       platewise user passwd NAME [--password-stdin] [--data-dir DIR]

Creates an account (the first account is the admin) or sets a user's password and ends their sessions.
The password is asked for twice on a terminal, or read from the first line of standard input with
--password-stdin. Works on DATABASE_URL, else on the embedded database (stop the server first: the
embedded database opens in one process at a time).`;

/** Reads a password: the first stdin line, or twice at a prompt without echo. */
async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    throw new UsageError('no password on standard input');
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      process.stderr.write(prompt);
      const rl = createInterface({ input: process.stdin, terminal: true });
      // Mute the echo of what is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
      rl.question('', (answer) => {
        rl.close();
        process.stderr.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('Password: ');
  if ((await ask('Again: ')) !== first) throw new UsageError('the two passwords differ');
  return first;
}

/** `platewise user add|passwd NAME`. */
export async function userCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      admin: { type: 'boolean', default: false },
      'password-stdin': { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(userHelp);
    return 0;
  }
  const [action, name, ...extra] = positionals;
  if (action !== 'add' && action !== 'passwd') throw new UsageError(`user: say 'add' or 'passwd'\n\n${userHelp}`);
  if (!name || extra.length > 0) throw new UsageError(`user ${action}: give exactly one NAME`);
  const password = await readPassword(values['password-stdin']);
  const services = await openServices(dbConfigFrom({ databaseUrl: process.env.DATABASE_URL || null, dataDir: values['data-dir'] ?? null }), undefined, 'multi');
  try {
    if (action === 'add') {
      const user = await services.auth.addUser({ username: name, password, admin: values.admin });
      io.out(`Added ${user.username}${user.isAdmin ? ' (admin)' : ''}`);
    } else {
      await services.auth.setPassword({ username: name, password });
      io.out(`Set the password of ${name.toLowerCase()} and ended their sessions`);
    }
    return 0;
  } finally {
    await services.database.close();
  }
}
