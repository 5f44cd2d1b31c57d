import type { Client } from './clients.js';

/**
 * Gives a user one of everything they can own, through the API, with `mark` in every free-text field so
 * a later look can tell whose data it is. Returns the ids of what was created.
 */
export async function seedUser(client: Client, mark: string): Promise<string[]> {
  const ids: string[] = [];
  const ok = async (res: Promise<{ statusCode: number; body: string; json(): unknown }>, what: string) => {
    const r = await res;
    if (r.statusCode >= 300) throw new Error(`seeding ${what} failed: ${r.statusCode} ${r.body}`);
    const id = (r.json() as { id?: unknown }).id;
    if (typeof id === 'string') ids.push(id);
    return r.json();
  };
  await ok(
    client.request({
      method: 'PUT',
      url: '/api/profile',
      payload: { sex: 'female', age: 33, height: '168 cm', weight: '64 kg', activity: 'moderate', goal: 'gain-0.25kg', units: 'metric' },
    }),
    'profile',
  );
  await ok(client.request({ method: 'PATCH', url: '/api/settings', payload: { weekStartsOn: 7, timeZone: 'Europe/Oslo' } }), 'settings');
  await ok(client.request({ method: 'POST', url: '/api/auth/tokens', payload: { name: `${mark} token`, scopes: ['read', 'write'] } }), 'token');
  await ok(
    client.request({ method: 'POST', url: '/api/body/entries', payload: { date: '2026-11-20', time: '07:30', weight: '64.5 kg', bodyFatPct: 24, girths: { waist: 74 }, note: `${mark} weigh-in` } }),
    'body entry',
  );
  await ok(client.request({ method: 'PUT', url: '/api/body/sleep/2026-11-20', payload: { hours: 7.5, quality: 4, note: `${mark} sleep` } }), 'sleep');
  const food = (await ok(
    client.request({ method: 'POST', url: '/api/foods', payload: { name: `${mark} granola`, energyKcal: 450, proteinG: 10, fatG: 20, carbsG: 58, portions: [{ unit: 'bowl', grams: 60 }] } }),
    'own food',
  )) as { id: string };
  await ok(client.request({ method: 'POST', url: '/api/recipes', payload: { name: `${mark} porridge`, servings: 2, ingredients: [{ foodId: food.id, amount: 1, unit: 'bowl' }] } }), 'recipe');
  await ok(client.request({ method: 'POST', url: '/api/diary/entries', payload: { date: '2026-11-20', meal: `${mark} brunch`, foodId: food.id, amount: 1, unit: 'bowl' } }), 'diary entry');
  await ok(client.request({ method: 'POST', url: '/api/diary/entries', payload: { date: '2026-11-20', meal: 'snacks', name: `${mark} cake`, energyKcal: 300 } }), 'quick add');
  // A dismissed tip (its answer names the tip, not an id: another user may dismiss the same tip for themself).
  await ok(client.request({ method: 'POST', url: '/api/tips/legs-need-their-own-sets/dismiss' }), 'tip dismissal');
  return ids;
}
