import { useMemo } from 'react';
import type { HomeResponse } from '../../../contract/index.js';
import type { UnitSystem } from '../../../core/units.js';
import { rateStatusText, showRate, showWeight, weightChart } from '../../lib/body-format.js';
import { Link } from '../../router.js';
import { LineChart } from '../body/line-chart.js';

type Trend = HomeResponse['trend'];

/** The weight trend of the last 30 days: where it stands, its weekly rate against the goal, a small chart. */
export function TrendCard({ trend, units }: { trend: Trend; units: UnitSystem }) {
  const chart = useMemo(() => {
    if (trend.days.length < 2) return null;
    return weightChart(trend.days, units);
  }, [trend, units]);

  return (
    <section className="card home-card" aria-labelledby="trend-title" data-testid="trend-card">
      <div className="home-card__head">
        <h2 className="card__title" id="trend-title">
          Weight trend
        </h2>
        <Link to="/body" className="home-card__action">
          Weigh in
        </Link>
      </div>
      {trend.latest ? (
        <>
          <p className="trend-line">
            <span className="trend-line__weight" data-testid="home-trend-weight">
              {showWeight(trend.latest.trendKg, units)}
            </span>
            <span className="home-note">
              {' '}
              trend · last weigh-in {showWeight(trend.latest.scaleKg, units)} on {trend.latest.date}
            </span>
          </p>
          <p className={`body-rate body-rate--${trend.rateStatus ?? 'none'}`}>
            {trend.weeklyRateKg === null ? 'Not enough weigh-ins for a weekly rate yet.' : `${showRate(trend.weeklyRateKg, units)}${trend.goalWeeklyKg !== null ? ` against a goal of ${showRate(trend.goalWeeklyKg, units)}` : ''}: ${rateStatusText(trend.rateStatus).toLowerCase()}.`}
          </p>
          {/* LineChart loads uPlot only when it draws: the chart stays out of the first page load. */}
          {chart && <LineChart times={chart.times} series={chart.series} label="Scale weight and trend, last 30 days" testId="home-trend-chart" height={150} />}
        </>
      ) : (
        <p>
          No weigh-ins in the last 30 days. <Link to="/body">Log one</Link> and your trend will show here.
        </p>
      )}
    </section>
  );
}
