import type { HomeResponse } from '../../../contract/index.js';
import { formatInt } from '../../lib/format.js';

type Week = HomeResponse['week'];

/** A small dumbbell: the day had a workout. */
function Dumbbell() {
  return (
    <svg className="week-strip__dumbbell" viewBox="0 0 24 12" aria-hidden="true">
      <rect x="1" y="2" width="4" height="8" rx="1" />
      <rect x="19" y="2" width="4" height="8" rx="1" />
      <rect x="5" y="5" width="14" height="2" />
    </svg>
  );
}

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' });
const dayName = (date: string) => WEEKDAY.format(new Date(`${date}T12:00:00Z`));

/** The week holding the day, from the user's first day of the week: food against budget and training days. */
export function WeekStrip({ week, today }: { week: Week; today: string }) {
  return (
    <section className="card home-card" aria-labelledby="week-title">
      <h2 className="card__title" id="week-title">
        This week
      </h2>
      <ol className="week-strip" data-testid="week-strip">
        {week.days.map((d) => {
          const logged = d.entries > 0;
          const over = logged && d.budgetKcal !== null && d.foodKcal > d.budgetKcal;
          const future = d.date > today;
          const label = `${dayName(d.date)} ${Number(d.date.slice(8))}: ${logged ? `${formatInt(d.foodKcal)}${d.budgetKcal !== null ? ` of ${formatInt(d.budgetKcal)}` : ''} kcal` : future ? 'ahead' : 'no food logged'}${d.trained ? ', trained' : ''}${d.date === today ? ' (today)' : ''}`;
          return (
            <li key={d.date} className={`week-strip__day${d.date === today ? ' week-strip__day--today' : ''}${future ? ' week-strip__day--future' : ''}`} aria-label={label} title={label}>
              <span className="week-strip__name" aria-hidden="true">
                {dayName(d.date)}
              </span>
              <span className={`week-strip__food${logged ? (over ? ' week-strip__food--over' : ' week-strip__food--ok') : ''}`} aria-hidden="true" />
              <span className="week-strip__trained" aria-hidden="true">
                {d.trained && <Dumbbell />}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="home-note">
        {week.daysLogged === 0
          ? 'No food logged this week yet.'
          : `Food logged on ${week.daysLogged} day${week.daysLogged === 1 ? '' : 's'}${week.daysOverBudget > 0 ? `, over budget on ${week.daysOverBudget}` : ''}${week.averageFoodKcal !== null ? `; ${formatInt(week.averageFoodKcal)} kcal a day on average` : ''}.`}{' '}
        The dot is food (green within budget, amber over); the dumbbell, a workout.
      </p>
    </section>
  );
}
