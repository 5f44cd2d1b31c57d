export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** The Save button with its status line (always in the DOM, so screen readers announce changes) and form-level problems. */
export function SaveBar({ state, problems }: { state: SaveState; problems: readonly string[] }) {
  return (
    <div className="save-bar">
      {problems.length > 0 && (
        <div className="banner banner--error" role="alert">
          {problems.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
      <div className="save-bar__row">
        <button type="submit" className="button button--primary" disabled={state.kind === 'saving'}>
          {state.kind === 'saving' ? 'Saving…' : 'Save'}
        </button>
        <p role="status" className={`save-status save-status--${state.kind}`}>
          {state.kind === 'saved' && (
            <>
              <span aria-hidden="true">✓ </span>Saved
            </>
          )}
          {state.kind === 'error' && state.message}
        </p>
      </div>
    </div>
  );
}
