import type { ExerciseMapping, ImportFormat, ImportSummary } from '../contract/index.js';
import { ApiError, csrfHeaders, request } from './api.js';

/** Largest file the server takes through the web (bigger Apple Health exports go through the CLI). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export interface UploadOptions {
  dryRun: boolean;
  unit?: 'kg' | 'lb' | undefined;
}

/** The typed client of /api/imports (the file goes as the raw body) and the export download addresses. */
export const importsApi = {
  async upload(format: ImportFormat, file: File, opts: UploadOptions): Promise<ImportSummary> {
    const query = new URLSearchParams({ dryRun: String(opts.dryRun), filename: file.name.slice(0, 200) || 'upload' });
    if (opts.unit) query.set('unit', opts.unit);
    let res: Response;
    try {
      res = await fetch(`/api/imports/${format}?${query.toString()}`, {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/octet-stream', ...csrfHeaders() },
        body: file,
      });
    } catch {
      throw new ApiError(0, 'network', 'Could not reach the Platewise server. Check that it is running.');
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!res.ok) {
      const error = (json as { error?: { code?: string; message?: string; details?: Array<{ field: string; message: string }> } } | undefined)?.error;
      throw new ApiError(res.status, error?.code ?? `http_${res.status}`, error?.message ?? `The server answered ${res.status}`, error?.details ?? []);
    }
    return json as ImportSummary;
  },
  mappings: (signal?: AbortSignal) => request<ExerciseMapping[]>('GET', '/api/imports/exercise-mappings', undefined, signal),
  saveMappings: (mappings: ExerciseMapping[]) => request<ExerciseMapping[]>('PUT', '/api/imports/exercise-mappings', { mappings }),
  exportUrl: (format: 'json' | 'csv') => `/api/export?format=${format}`,
};
