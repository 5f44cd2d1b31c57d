import { apiCommand, apiHelp, whoamiCommand } from './commands/api.js';
import { goalCommand, goalHelp } from './commands/goal.js';
import { projectCommand, projectHelp } from './commands/project.js';
import { foodsCommand, foodsHelp } from './commands/foods.js';
import { importCommand, importHelp } from './commands/import.js';
import { backupCommand, backupHelp, exportCommand, exportHelp, restoreCommand, restoreHelp } from './commands/export.js';
import { exercisesCommand, exercisesHelp } from './commands/exercises.js';
import { workoutsCommand, workoutsHelp } from './commands/workouts.js';
import { reportCommand, reportHelp } from './commands/report.js';
import { tipsCommand, tipsHelp } from './commands/tips.js';
import { userCommand, userHelp } from './commands/user.js';
import { processIo, reportError, UsageError, type Io } from './io.js';

const help = `Usage: platewise <command> [options]

Commands:
  goal      daily calorie and macro budget for a weight goal
  project   body weight day by day (Hall model) beside the 3,500-kcal rule
  foods     search the food catalog (typos and plurals are fine), show a food's nutrients
  import    load data: usda-sr DIR, usda-fdc DIR, off FILE (foods), exercises FILE; your history from
            strong FILE, hevy FILE, mfp DIR, cronometer FILE, apple-health FILE, platewise FILE
  export    everything of yours as JSON (--format json) or CSV files (--format csv) --out PATH
  backup    the whole instance to a file (--out PATH); restore PATH brings it back
  workouts  list logged workouts with their volume, energy and records
  exercises search the exercise catalog and see the muscles each trains
  report    balance: sets per muscle and region, leg days, push/pull, strength ratios, what to change
  tips      the tips that fit your numbers today, with their evidence and sources (--all: the library)
  user      add an account or set a password (multi-user servers)
  api       call a running server's API with a token (scripts, remote servers)
  whoami    who a token signs in as
  serve     start the web app and API (same as npm start)

Run 'platewise <command> --help' for a command's options.
Environment: DATABASE_URL (PostgreSQL), PLATEWISE_DATA_DIR (embedded database folder).`;

type Command = (argv: string[], io: Io) => number | Promise<number>;

const commands: Record<string, { run: Command; help: string }> = {
  goal: { run: goalCommand, help: goalHelp },
  project: { run: projectCommand, help: projectHelp },
  foods: { run: foodsCommand, help: foodsHelp },
  import: { run: importCommand, help: importHelp },
  export: { run: exportCommand, help: exportHelp },
  backup: { run: backupCommand, help: backupHelp },
  restore: { run: restoreCommand, help: restoreHelp },
  workouts: { run: workoutsCommand, help: workoutsHelp },
  exercises: { run: exercisesCommand, help: exercisesHelp },
  report: { run: reportCommand, help: reportHelp },
  tips: { run: tipsCommand, help: tipsHelp },
  user: { run: userCommand, help: userHelp },
  api: { run: apiCommand, help: apiHelp },
  whoami: { run: whoamiCommand, help: apiHelp },
  serve: {
    run: async (argv) => {
      const { runServer } = await import('./commands/serve.js');
      return runServer(argv);
    },
    help: 'Usage: platewise serve [--port N] [--host H] [--data-dir DIR]',
  },
};

/** Runs one CLI invocation and returns the exit status. */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help);
    return name ? 0 : 2;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`unknown command '${name}'\n\n${help}`);
    return await command.run(rest, io);
  } catch (err) {
    return reportError(err, io);
  }
}
