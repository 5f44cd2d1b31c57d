// What every importer reports (foods now; exercises, workout histories and diaries later), and how it
// reports progress while it runs. A rejected row names its file and line and says why, so a person can
// open the file and fix it.

export interface ImportRejection {
  /** 1-based line in the file (the header is line 1); 0 when the problem is not one row's. */
  line: number;
  reason: string;
  /** The file the line is in, when an import reads several (NUT_DATA.txt, food_nutrient.csv). */
  file?: string;
}

export interface ImportSummary {
  /** What was imported ("usda-sr28", "off", "strong"). */
  source: string;
  /** New rows. */
  added: number;
  /** Known rows whose content changed. */
  updated: number;
  /** Known rows imported again unchanged: a second run of the same file is all unchanged. */
  unchanged: number;
  /** Rows left out on purpose (not an error): sample foods of FoodData Central, products without a name. */
  skipped: number;
  rejected: ImportRejection[];
  seconds: number;
}

export interface ImportProgress {
  /** What is happening: "reading NUT_DATA.txt", "writing foods". */
  phase: string;
  done: number;
  /** null when the end is not known yet. */
  total: number | null;
}

export type ProgressListener = (progress: ImportProgress) => void;

/** Collects counts and rejections while an import runs; `finish()` gives the summary. */
export class SummaryBuilder {
  added = 0;
  updated = 0;
  unchanged = 0;
  skipped = 0;
  readonly rejected: ImportRejection[] = [];
  private readonly started = performance.now();

  constructor(readonly source: string) {}

  reject(line: number, reason: string, file?: string): void {
    this.rejected.push(file === undefined ? { line, reason } : { line, reason, file });
  }

  finish(): ImportSummary {
    const byPlace = (a: ImportRejection, b: ImportRejection) => ((a.file ?? '') < (b.file ?? '') ? -1 : (a.file ?? '') > (b.file ?? '') ? 1 : a.line - b.line);
    return {
      source: this.source,
      added: this.added,
      updated: this.updated,
      unchanged: this.unchanged,
      skipped: this.skipped,
      rejected: [...this.rejected].sort(byPlace),
      seconds: Math.round((performance.now() - this.started) / 10) / 100,
    };
  }
}

/** Calls `listener` at most every `everyMs` (and always for the last step), so a fast loop does not flood a progress bar. */
export function throttle(listener: ProgressListener | undefined, everyMs = 100): ProgressListener {
  let last = 0;
  return (p) => {
    if (!listener) return;
    const now = performance.now();
    if (now - last >= everyMs || (p.total !== null && p.done >= p.total)) {
      last = now;
      listener(p);
    }
  };
}
