import { z } from 'zod';

export const Settings = z
  .object({
    weekStartsOn: z.number().int().min(1).max(7).describe('1 = Monday … 7 = Sunday'),
    exerciseEnergyInBudget: z.boolean().describe('add logged exercise energy to the day’s food budget'),
    timeZone: z.string().max(64).nullable().describe('IANA time zone for "today"; null = the server’s'),
    budgetSource: z.enum(['formula', 'learned']).describe('what the calorie budget starts from: the formula, or the expenditure learned from your logs'),
  })
  .meta({ id: 'Settings' });
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
