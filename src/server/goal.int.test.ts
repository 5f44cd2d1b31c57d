import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../store/testing/test-databases.js';
import { openTestServer, type TestServer } from './testing/test-server.js';

const body = {
  sex: 'male',
  age: 30,
  height: '5\'10"',
  weight: '180 lb',
  activity: 'moderate',
  goal: 'gain-0.5',
  units: 'imperial',
};

describe.each(testDatabases())('profile and goal API on $name', (kind) => {
  let sut: TestServer;
  beforeAll(async () => {
    sut = await openTestServer(await kind.open());
  });
  afterAll(async () => {
    await sut?.close();
  });

  it('reports health and the database kind', async () => {
    const res = await sut.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', version: 'test', database: kind.name });
  });

  it('has no goal before a profile is saved', async () => {
    const res = await sut.app.inject({ method: 'GET', url: '/api/goal' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('saves a profile given in imperial text and computes the goal from it', async () => {
    const put = await sut.app.inject({ method: 'PUT', url: '/api/profile', payload: body });
    expect(put.statusCode).toBe(200);
    const profile = put.json();
    expect(profile.heightCm).toBeCloseTo(177.8, 6);
    expect(profile.weightKg).toBeCloseTo(81.6466266, 6);
    expect(profile.birthDate).toBe('1996-11-21');
    expect(profile.age).toBe(30);

    const got = await sut.app.inject({ method: 'GET', url: '/api/profile' });
    expect(got.json()).toEqual(profile);

    const goal = (await sut.app.inject({ method: 'GET', url: '/api/goal' })).json();
    const bmr = 10 * 81.6466266 + 6.25 * 177.8 - 5 * 30 + 5;
    expect(goal.bmrKcal).toBe(Math.floor(bmr + 0.5));
    expect(goal.maintenanceKcal).toBe(Math.floor(bmr * 1.55 + 0.5));
    expect(goal.goalKcal).toBe(Math.floor(bmr * 1.55 + 250 + 0.5));
    expect(goal.floorApplied).toBe(false);
    expect(goal.formula).toBe('mifflin');
    expect(goal.explanation.join(' ')).toMatch(/250 kcal/);
  });

  it('replaces the profile on a second PUT and keeps one row', async () => {
    const put = await sut.app.inject({ method: 'PUT', url: '/api/profile', payload: { ...body, goal: 'lose-1', weight: 82 } });
    expect(put.statusCode).toBe(200);
    const goal = (await sut.app.inject({ method: 'GET', url: '/api/goal' })).json();
    expect(goal.dailyDeltaKcal).toBe(-500);
    expect(goal.input.weightKg).toBe(82);
  });

  it('previews the oracle case without saving (science.md rows 11, 13, 21)', async () => {
    const before = (await sut.app.inject({ method: 'GET', url: '/api/profile' })).json();
    const res = await sut.app.inject({
      method: 'POST',
      url: '/api/goal/preview',
      payload: { sex: 'male', age: 30, height: 180, weight: 80, activity: 'moderate', goal: 'gain-0.5kg' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ bmrKcal: 1780, maintenanceKcal: 2759, goalKcal: 3309, weeklyChangeKg: 0.5 });
    expect((await sut.app.inject({ method: 'GET', url: '/api/profile' })).json()).toEqual(before);
  });

  it('applies and explains the floor for a loss goal', async () => {
    const res = await sut.app.inject({
      method: 'POST',
      url: '/api/goal/preview',
      payload: { sex: 'female', age: 60, height: '150 cm', weight: '48 kg', activity: 'sedentary', goal: 'lose-2' },
    });
    const goal = res.json();
    expect(goal.floorApplied).toBe(true);
    expect(goal.goalKcal).toBe(1200);
    expect(goal.flags.map((f: { code: string }) => f.code)).toContain('floor-applied');
  });

  it.each([
    [{ height: '270 cm' }, 'height'],
    [{ weight: '20 kg' }, 'weight'],
    [{ height: 'tall' }, 'height'],
    [{ weight: -5 }, 'weight'],
    [{ age: 12 }, 'age'],
    [{ goal: 'gain-10' }, 'goal'],
    [{ activity: 'couch' }, 'activity'],
    [{ sex: 'x' }, 'sex'],
    [{ formula: 'katch-mcardle' }, 'bodyFatPct'],
    [{ age: undefined, birthDate: '1990-02-30' }, 'birthDate'],
  ])('rejects %j naming the field %s, and stores nothing', async (change, field) => {
    const before = (await sut.app.inject({ method: 'GET', url: '/api/profile' })).json();
    const res = await sut.app.inject({ method: 'PUT', url: '/api/profile', payload: { ...body, ...change } });
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe('validation_failed');
    expect(err.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(err.message).toContain(field);
    expect((await sut.app.inject({ method: 'GET', url: '/api/profile' })).json()).toEqual(before);
  });

  it('answers malformed JSON with a 400 naming the body', async () => {
    const res = await sut.app.inject({ method: 'PUT', url: '/api/profile', payload: '{"sex":', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('body');
  });

  it('sends security headers and a JSON 404 for unknown API routes', async () => {
    const res = await sut.app.inject({ method: 'GET', url: '/api/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves an OpenAPI document listing every route', async () => {
    const doc = (await sut.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/profile', '/api/goal', '/api/goal/preview']));
    expect(doc.paths['/api/profile'].put.requestBody).toBeDefined();
  });
});
