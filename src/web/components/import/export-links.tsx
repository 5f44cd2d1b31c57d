import { importsApi } from '../../imports-api.js';

/** The two downloads of everything a person logged: the versioned JSON and the CSV spreadsheets (a zip). */
export function ExportLinks() {
  return (
    <ul className="export__links">
      <li>
        <a className="button button--primary" href={importsApi.exportUrl('json')} download>
          Download everything (JSON)
        </a>
        <span className="muted">Complete and versioned; another Platewise imports it back.</span>
      </li>
      <li>
        <a className="button button--secondary" href={importsApi.exportUrl('csv')} download>
          Download spreadsheets (CSV, zip)
        </a>
        <span className="muted">diary.csv, workouts.csv in Strong’s columns, body.csv, sleep.csv.</span>
      </li>
    </ul>
  );
}
