// Wires the tips and the home screen onto the other services of createServices.
import type { Database } from '../store/index.js';
import { createBodyRepository, createDiaryRepository, createProfileRepository, createSettingsRepository, createTipsRepository, createWorkoutRepository } from '../store/index.js';
import type { BalanceService } from './balance.service.js';
import type { BodyExpenditureService } from './body-expenditure.service.js';
import type { BodyService } from './body.service.js';
import type { Clock } from './clock.js';
import type { DiaryService } from './diary.service.js';
import { createHomeService } from './home.service.js';
import type { RoutinesService } from './routines.service.js';
import { createTipsService } from './tips.service.js';
import type { WorkoutsService } from './workouts.service.js';

/** The tips service and the home screen, reading the goal in force, the balance coach, the workout log, the diary and the body log. */
export function createTipsAndHome(
  database: Database,
  clock: Clock,
  s: { bodyExpenditure: BodyExpenditureService; balance: BalanceService; workouts: WorkoutsService; routines: RoutinesService; diary: DiaryService; body: BodyService },
) {
  const db = database.db;
  const profiles = createProfileRepository(db);
  const settings = createSettingsRepository(db);
  const workoutRepo = createWorkoutRepository(db);
  const tips = createTipsService({
    profiles,
    settings,
    diary: createDiaryRepository(db),
    body: createBodyRepository(db),
    workouts: workoutRepo,
    tips: createTipsRepository(db),
    goal: (actor) => s.bodyExpenditure.budgetedGoal(actor),
    balance: (actor, asOf) => s.balance.report(actor, { asOf, weeks: 4 }),
    exerciseKcalByDate: (userId, from, to) => s.workouts.kcalByDate(userId, from, to),
    exercisesProgress: (actor, ids, from) => s.workouts.exercisesProgress(actor, ids, { from }),
    clock,
  });
  const home = createHomeService({
    diary: s.diary,
    workouts: s.workouts,
    routines: s.routines,
    workoutDates: async (userId, from, to) => new Set((await workoutRepo.list(userId, { from, to, limit: 1000 })).map((w) => w.date)),
    balance: (actor, asOf) => s.balance.report(actor, { asOf, weeks: 4 }),
    body: s.body,
    tips,
    profiles,
    settings,
    clock,
  });
  return { tips, home };
}
