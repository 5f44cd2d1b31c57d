import { useEffect } from 'react';

export interface UndoOffer {
  message: string;
  undo(): Promise<void>;
}

const SHOW_MS = 8000;

/** "Deleted Egg. Undo" at the foot of the screen for a few seconds; announced to screen readers. */
export function UndoBar({ offer, onDone }: { offer: UndoOffer | null; onDone(): void }) {
  useEffect(() => {
    if (!offer) return;
    const timer = setTimeout(onDone, SHOW_MS);
    return () => clearTimeout(timer);
  }, [offer, onDone]);
  return (
    <div className="undo-bar" role="status" aria-live="polite">
      {offer && (
        <div className="undo-bar__inner">
          <span>{offer.message}</span>
          <button
            type="button"
            className="undo-bar__button"
            onClick={() => {
              void offer.undo().finally(onDone);
            }}
          >
            Undo
          </button>
        </div>
      )}
    </div>
  );
}
