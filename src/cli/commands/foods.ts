import { parseArgs } from 'node:util';
import { SEARCH_LIMIT_MAX, type FoodHit } from '../../app/index.js';
import { numberOption, UsageError, type Io } from '../io.js';
import { withLocalUser } from './exercises.js';

export const foodsHelp = `Usage: platewise foods search QUERY [--limit N] [--json] [--data-dir DIR]
       platewise foods show ID [--json] [--data-dir DIR]

search  finds foods by name, brand or barcode, best first (typos, plurals, partial words and any word
        order are fine; foods you log often come first)
show    one food: nutrients per 100 g and its portions

  --limit N   how many results, 1–${SEARCH_LIMIT_MAX} (default 10)
  --json      search: a JSON array of { id, name, brand, source, kcalPer100g, proteinPer100g }; show: one object

Works on the embedded database (stop the server first) as its one local user.`;

const fixed = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

/** `platewise foods search|show …`. */
export async function foodsCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(foodsHelp);
    return 0;
  }
  const [action, ...rest] = positionals;
  if (action === 'search') {
    const query = rest.join(' ').trim();
    if (query === '') throw new UsageError(`foods search: give a QUERY\n\n${foodsHelp}`);
    const limit = numberOption('limit', values.limit) ?? 10;
    if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_LIMIT_MAX) throw new UsageError(`--limit: '${values.limit}' is not a whole number from 1 to ${SEARCH_LIMIT_MAX}`);
    const hits = await withLocalUser(values['data-dir'], (services, actor) => services.foods.search(actor, query, { limit }));
    if (values.json) {
      io.out(JSON.stringify(hits.map(({ id, name, brand, source, kcalPer100g, proteinPer100g }) => ({ id, name, brand, source, kcalPer100g, proteinPer100g }))));
    } else if (hits.length === 0) {
      io.out(`No food matches "${query}".`);
    } else {
      io.out(hits.map(describeHit).join('\n'));
    }
    return 0;
  }
  if (action === 'show') {
    if (rest.length !== 1) throw new UsageError(`foods show: give one food ID\n\n${foodsHelp}`);
    const food = await withLocalUser(values['data-dir'], (services, actor) => services.foods.get(actor, rest[0]!));
    if (values.json) {
      io.out(JSON.stringify(food));
      return 0;
    }
    const n = food.per100g;
    const lines = [
      `${food.name}${food.brand ? ` (${food.brand})` : ''}  [${food.source} ${food.sourceId}]`,
      `Per 100 g: ${fixed(n.energyKcal)} kcal, protein ${fixed(n.proteinG)} g, fat ${fixed(n.fatG)} g, carbohydrate ${fixed(n.carbsG)} g` +
        `${n.fiberG === null ? '' : `, fibre ${fixed(n.fiberG)} g`}${n.sugarsG === null ? '' : `, sugars ${fixed(n.sugarsG)} g`}${n.sodiumMg === null ? '' : `, sodium ${Math.round(n.sodiumMg)} mg`}`,
      ...(food.portions.length > 0 ? ['Portions:', ...food.portions.map((p) => `  ${p.label} = ${p.grams} g`)] : ['Portions: grams and ounces only']),
    ];
    io.out(lines.join('\n'));
    return 0;
  }
  throw new UsageError(`foods: say 'search' or 'show'\n\n${foodsHelp}`);
}

function describeHit(h: FoodHit): string {
  const brand = h.brand ? ` (${h.brand})` : '';
  return `${h.name}${brand}\n    ${Math.round(h.kcalPer100g)} kcal, ${fixed(h.proteinPer100g)} g protein per 100 g · ${h.source} · ${h.id}`;
}
