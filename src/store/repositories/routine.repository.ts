import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db.js';
import { routineExercises, routines, type PlannedSetJson } from '../schema/index.js';

export type { PlannedSetJson };

export type RoutineRow = typeof routines.$inferSelect;
export type RoutineExerciseRow = typeof routineExercises.$inferSelect;
export type RoutineExerciseValues = Omit<RoutineExerciseRow, 'userId' | 'routineId'>;

/** A routine with its exercises in order. */
export interface RoutineAggregate {
  routine: RoutineRow;
  exercises: RoutineExerciseRow[];
}

/** Routines (workout templates); written whole, every method scoped by user id. */
export function createRoutineRepository(db: Db) {
  return {
    async insert(userId: string, id: string, values: { name: string; notes: string }, ex: readonly RoutineExerciseValues[], now: Date): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.insert(routines).values({ ...values, userId, id, createdAt: now, updatedAt: now });
        if (ex.length > 0) await tx.insert(routineExercises).values(ex.map((e) => ({ ...e, userId, routineId: id })));
      });
    },

    async replace(userId: string, id: string, values: { name: string; notes: string }, ex: readonly RoutineExerciseValues[], now: Date): Promise<boolean> {
      return db.transaction(async (tx) => {
        const updated = await tx
          .update(routines)
          .set({ ...values, updatedAt: now })
          .where(and(eq(routines.userId, userId), eq(routines.id, id)))
          .returning({ id: routines.id });
        if (updated.length === 0) return false;
        await tx.delete(routineExercises).where(and(eq(routineExercises.userId, userId), eq(routineExercises.routineId, id)));
        if (ex.length > 0) await tx.insert(routineExercises).values(ex.map((e) => ({ ...e, userId, routineId: id })));
        return true;
      });
    },

    async get(userId: string, id: string): Promise<RoutineAggregate | null> {
      const [routine] = await db
        .select()
        .from(routines)
        .where(and(eq(routines.userId, userId), eq(routines.id, id)))
        .limit(1);
      if (!routine) return null;
      const exercises = await db
        .select()
        .from(routineExercises)
        .where(and(eq(routineExercises.userId, userId), eq(routineExercises.routineId, id)))
        .orderBy(asc(routineExercises.position));
      return { routine, exercises };
    },

    /** Every routine of the user by name, with its exercises. */
    async list(userId: string): Promise<RoutineAggregate[]> {
      const list = await db.select().from(routines).where(eq(routines.userId, userId)).orderBy(asc(routines.name));
      if (list.length === 0) return [];
      const ex = await db
        .select()
        .from(routineExercises)
        .where(and(eq(routineExercises.userId, userId), inArray(routineExercises.routineId, list.map((r) => r.id))))
        .orderBy(asc(routineExercises.position));
      return list.map((routine) => ({ routine, exercises: ex.filter((e) => e.routineId === routine.id) }));
    },

    async delete(userId: string, id: string): Promise<boolean> {
      const rows = await db
        .delete(routines)
        .where(and(eq(routines.userId, userId), eq(routines.id, id)))
        .returning({ id: routines.id });
      return rows.length > 0;
    },
  };
}
export type RoutineRepository = ReturnType<typeof createRoutineRepository>;
