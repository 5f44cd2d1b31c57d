import { useId, useState } from 'react';
import type { ImportSummary } from '../../contract/index.js';
import { ApiError } from '../api.js';
import { FieldError } from '../components/field-error.js';
import { ExportLinks } from '../components/import/export-links.js';
import { MatchList } from '../components/import/match-list.js';
import { RadioGroup } from '../components/radio-group.js';
import { importsApi, MAX_UPLOAD_BYTES, type UploadProgress } from '../imports-api.js';
import { countsLine, defaultChoices, mappingsOf, SOURCES, type Choice, type SourceInfo } from '../lib/import-choices.js';
import { Link } from '../router.js';

type Unit = 'kg' | 'lb';
type Stage = { step: 'choose' } | { step: 'preview'; summary: ImportSummary } | { step: 'done'; summary: ImportSummary };

const INLINE_FIELDS = new Set(['unit', 'file', 'format', 'body']);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The upload's progress bar, then a busy bar while the server reads the file (and, importing, writes it). */
function ProgressView({ progress, importing }: { progress: UploadProgress; importing: boolean }) {
  const label = progress ? `Sending the file: ${mb(progress.sent)} of ${mb(progress.total)}` : importing ? 'Importing: reading the file and writing what it holds…' : 'Reading the file and checking every row…';
  return (
    <div className="import__progress" role="status">
      {progress ? <progress max={Math.max(progress.total, 1)} value={progress.sent} aria-label="Sending the file" /> : <progress aria-label={importing ? 'Importing' : 'Reading the file'} />}
      <span className="muted">{label}</span>
    </div>
  );
}

/** What a summary holds: the counts, the days it spans, and the rows left out with their line and reason. */
function SummaryView({ summary }: { summary: ImportSummary }) {
  const rows: Array<[string, number]> = [
    ['Workouts', summary.workouts],
    ['Sets', summary.sets],
    ['Diary entries', summary.diaryEntries],
    ['Body-log entries', summary.bodyEntries],
    ['Already imported', summary.alreadyImported],
    ['Skipped on purpose', summary.skipped],
    ['Rejected', summary.rejected.length],
  ];
  return (
    <>
      <dl className="import__counts">
        {rows.map(([label, n]) => (
          <div key={label} className={`import__count${label === 'Rejected' && n > 0 ? ' import__count--bad' : ''}`}>
            <dt>{label}</dt>
            <dd>{n.toLocaleString('en-US')}</dd>
          </div>
        ))}
      </dl>
      {summary.range && (
        <p className="muted">
          The file covers {summary.range.from} to {summary.range.to}.
        </p>
      )}
      {summary.rejected.length > 0 && (
        <details className="import__details">
          <summary>
            {summary.rejected.length} row{summary.rejected.length === 1 ? '' : 's'} rejected, and why
          </summary>
          <ul className="import__rejected">
            {summary.rejected.slice(0, 50).map((r, i) => (
              <li key={i}>
                {r.file ? `${r.file}, ` : ''}line {r.line}: {r.reason}
              </li>
            ))}
            {summary.rejected.length > 50 && <li className="muted">… and {summary.rejected.length - 50} more</li>}
          </ul>
        </details>
      )}
    </>
  );
}

/** Bring a history from another app (upload, preview what would be added, check exercise names, import) and take everything out. */
export function ImportPage() {
  const fileId = useId();
  const [source, setSource] = useState<SourceInfo['value']>('strong');
  const [file, setFile] = useState<File | null>(null);
  const [unit, setUnit] = useState<Unit | ''>('');
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<UploadProgress>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const info = SOURCES.find((s) => s.value === source)!;

  const fail = (err: unknown) => {
    if (err instanceof ApiError) {
      const fields = Object.fromEntries(err.details.map((d) => [d.field, d.message]));
      setFieldErrors(fields);
      // Problems of the file or the unit show beside their field; anything else above the buttons.
      setError(err.details.some((d) => INLINE_FIELDS.has(d.field)) ? null : err.message);
    } else setError(err instanceof Error ? err.message : 'The import failed');
  };

  const reset = (next?: Partial<{ source: SourceInfo['value']; file: File | null }>) => {
    if (next?.source !== undefined) setSource(next.source);
    if (next?.file !== undefined) setFile(next.file);
    setStage({ step: 'choose' });
    setError(null);
    setFieldErrors({});
  };

  const preview = async () => {
    if (!file) {
      setFieldErrors({ file: 'choose the file you exported' });
      return;
    }
    if (file.size > MAX_UPLOAD_BYTES) {
      setFieldErrors({ file: `is ${mb(file.size)}; the web takes up to 50 MB. Import it with: platewise import ${source} ${file.name}` });
      return;
    }
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      const summary = await importsApi.upload(source, file, { dryRun: true, unit: unit || undefined }, setProgress);
      setChoices(defaultChoices(summary));
      setStage({ step: 'preview', summary });
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (stage.step !== 'preview' || !file) return;
    setBusy(true);
    setError(null);
    try {
      const mappings = mappingsOf(stage.summary, choices);
      if (mappings.length > 0) await importsApi.saveMappings(mappings);
      const summary = await importsApi.upload(source, file, { dryRun: false, unit: unit || undefined }, setProgress);
      setStage({ step: 'done', summary });
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="page-header">
        <h1 className="page-title">Import and export</h1>
        <p className="page-lead">Bring your history from the app you are leaving, and take everything with you whenever you like.</p>
      </div>
      <div className="import-layout">
        <section className="card import" aria-labelledby="import-title">
          <h2 className="card__title" id="import-title">
            Import a file
          </h2>
          <RadioGroup legend="Exported from" name="source" variant="list" options={SOURCES.map((s) => ({ value: s.value, label: s.label, description: s.description }))} value={source} onChange={(v) => reset({ source: v })} />
          <div className={`field${fieldErrors['file'] ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={fileId}>
              {info.label} export file
            </label>
            <input
              id={fileId}
              className="input import__file"
              type="file"
              accept={info.accept}
              aria-invalid={fieldErrors['file'] ? true : undefined}
              aria-describedby={fieldErrors['file'] ? `${fileId}-error` : undefined}
              onChange={(e) => reset({ file: e.target.files?.[0] ?? null })}
            />
            <FieldError id={`${fileId}-error`} message={fieldErrors['file'] ?? fieldErrors['format'] ?? fieldErrors['body']} />
          </div>
          {info.asksUnit && (
            <RadioGroup
              legend={source === 'mfp' ? 'Your MyFitnessPal weights are in' : 'Weights in this file are in'}
              name="unit"
              options={[
                { value: 'kg', label: 'kg' },
                { value: 'lb', label: 'lb' },
              ]}
              value={unit}
              onChange={(v) => {
                setUnit(v);
                setFieldErrors((f) => ({ ...f, unit: '' }));
              }}
              error={fieldErrors['unit'] || undefined}
            />
          )}
          {error && (
            <p className="banner banner--error" role="alert">
              {error}
            </p>
          )}
          {busy && <ProgressView progress={progress} importing={stage.step === 'preview'} />}
          {stage.step === 'choose' && (
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void preview()}>
              {busy ? 'Reading the file…' : 'Preview the import'}
            </button>
          )}
          {stage.step === 'preview' && (
            <div className="import__preview" aria-live="polite">
              <h3 className="import__subtitle">Would add {countsLine(stage.summary)}</h3>
              <SummaryView summary={stage.summary} />
              {stage.summary.exercises.length > 0 && <MatchList matches={stage.summary.exercises} choices={choices} onChoose={(name, c) => setChoices((all) => ({ ...all, [name]: c }))} />}
              <div className="import__actions">
                <button type="button" className="button button--primary" disabled={busy} onClick={() => void confirm()}>
                  {busy ? 'Importing…' : `Import ${countsLine(stage.summary)}`}
                </button>
                <button type="button" className="button button--secondary" disabled={busy} onClick={() => reset()}>
                  Cancel
                </button>
              </div>
            </div>
          )}
          {stage.step === 'done' && (
            <div className="import__done" role="status">
              <h3 className="import__subtitle">Imported {countsLine(stage.summary)}</h3>
              <SummaryView summary={stage.summary} />
              <p>
                See them in <Link to="/workouts">Workouts</Link>, the <Link to="/diary">Diary</Link> and <Link to="/body">Body</Link>. Importing the same file again adds nothing.
              </p>
              <button type="button" className="button button--secondary" onClick={() => reset({ file: null })}>
                Import another file
              </button>
            </div>
          )}
        </section>
        <section className="card export" aria-labelledby="export-title">
          <h2 className="card__title" id="export-title">
            Take your data
          </h2>
          <p>Everything you logged, yours to keep or move: the diary, workouts, body log, sleep, goals, foods, recipes and settings.</p>
          <ExportLinks />
          <p className="muted">
            Backups of the whole server are made on its machine: <code>platewise backup --out FILE</code>.
          </p>
        </section>
      </div>
    </>
  );
}
