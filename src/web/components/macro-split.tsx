import type { GoalResponse } from '../../contract/index.js';
import { formatInt, percentages } from '../lib/format.js';

type Macros = GoalResponse['macros'];

/** Protein, fat and carbs as grams, kcal and share of energy: a bar for the eye, a list that says it in words. */
export function MacroSplit({ macros }: { macros: Macros }) {
  const [proteinPct = 0, fatPct = 0, carbsPct = 0] = percentages([macros.proteinKcal, macros.fatKcal, macros.carbsKcal]);
  const rows = [
    { key: 'protein', name: 'Protein', grams: macros.proteinG, kcal: macros.proteinKcal, pct: proteinPct, note: `${macros.proteinGPerKg} g per kg` },
    { key: 'fat', name: 'Fat', grams: macros.fatG, kcal: macros.fatKcal, pct: fatPct, note: `${macros.fatPct}% of energy` },
    { key: 'carbs', name: 'Carbs', grams: macros.carbsG, kcal: macros.carbsKcal, pct: carbsPct, note: 'the rest' },
  ] as const;
  return (
    <section className="macros" aria-labelledby="macros-heading">
      <h3 id="macros-heading" className="result__subheading">
        Macro split
      </h3>
      <div className="macro-bar" aria-hidden="true">
        {rows.map((r) =>
          r.pct > 0 ? (
            <span key={r.key} className={`macro-bar__part macro-bar__part--${r.key}`} style={{ flexGrow: r.pct }}>
              {r.pct >= 12 ? `${r.name[0]} ${r.pct}%` : ''}
            </span>
          ) : null,
        )}
      </div>
      <ul className="macro-list">
        {rows.map((r) => (
          <li key={r.key} className="macro-list__item">
            <span className={`macro-swatch macro-swatch--${r.key}`} aria-hidden="true" />
            <span className="macro-list__name">{r.name}</span>
            <span className="macro-list__grams" data-testid={`macro-${r.key}`}>
              {formatInt(r.grams)} g
            </span>
            <span className="macro-list__pct">{r.pct}%</span>
            <span className="macro-list__note">
              {formatInt(r.kcal)} kcal · {r.note}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
