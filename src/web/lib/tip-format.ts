import type { Tip } from '../../contract/index.js';

/** A grade as people read it: "Strong evidence", "Expert opinion". */
export function evidenceLabel(grade: Tip['evidence']): string {
  return grade === 'expert-opinion' ? 'Expert opinion' : `${grade[0]!.toUpperCase()}${grade.slice(1)} evidence`;
}

/** What a grade rests on (as the library defines it), for the badge's explanation. */
export const EVIDENCE_NOTE: Readonly<Record<Tip['evidence'], string>> = {
  strong: 'meta-analyses or several consistent trials or measurements',
  moderate: 'a meta-analysis with caveats, a validated model, or a few trials',
  weak: 'small or single studies, or mixed results',
  'expert-opinion': 'consensus statements, reviews’ recommendations, coaching or product conventions',
};

/** [suffix that carries a unit, the unit in words]: the suffix is dropped from the name. */
const UNITS: ReadonlyArray<[RegExp, string]> = [
  [/GPerKg$/, ' (g/kg)'],
  [/GPer1000Kcal$/, ' (g per 1,000 kcal)'],
  [/KcalLast7$|Kcal$/, ' (kcal)'],
  [/(?<=Rate|Weekly)Kg$/, ' (kg/week)'],
  [/Kg$/, ' (kg)'],
  [/G$/, ' (g)'],
  [/Hours$/, ' (h)'],
];

/** A `because` key in words: "proteinGPerKg" → "protein (g/kg)", "daysSinceLowerBody" → "days since lower body". */
export function becauseLabel(key: string): string {
  const found = UNITS.find(([re]) => re.test(key));
  const base = found ? key.replace(found[0], '') : key;
  const words = base
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
  return `${words}${found ? found[1] : ''}`;
}

/** A `because` value as text: shares as they come, null as a dash. */
export function becauseValue(value: Tip['because'][string]): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);
  return value;
}
