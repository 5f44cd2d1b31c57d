import type { ExerciseMapping, ImportFormat, ImportSummary } from '../contract/index.js';
import { ApiError, csrfHeaders, request } from './api.js';

/** Largest file the server takes through the web (bigger Apple Health exports go through the CLI). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** Bytes of the file sent so far, or null once all are sent and the server is reading it. */
export type UploadProgress = { sent: number; total: number } | null;

export interface UploadOptions {
  dryRun: boolean;
  unit?: 'kg' | 'lb' | undefined;
}

/** The typed client of /api/imports (the file goes as the raw body) and the export download addresses. */
export const importsApi = {
  /**
   * Sends the file as the raw body. XMLHttpRequest rather than fetch, for the upload's progress: `onProgress`
   * hears the bytes sent, then `null` while the server reads and checks the file.
   */
  upload(format: ImportFormat, file: File, opts: UploadOptions, onProgress?: (p: UploadProgress) => void): Promise<ImportSummary> {
    const query = new URLSearchParams({ dryRun: String(opts.dryRun), filename: file.name.slice(0, 200) || 'upload' });
    if (opts.unit) query.set('unit', opts.unit);
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `/api/imports/${format}?${query.toString()}`);
      xhr.setRequestHeader('accept', 'application/json');
      xhr.setRequestHeader('content-type', 'application/octet-stream');
      for (const [name, value] of Object.entries(csrfHeaders())) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (e) => onProgress?.({ sent: e.loaded, total: e.lengthComputable ? e.total : file.size });
      xhr.upload.onload = () => onProgress?.(null);
      xhr.onerror = () => reject(new ApiError(0, 'network', 'Could not reach the Platewise server. Check that it is running.'));
      xhr.onload = () => {
        let json: unknown;
        try {
          json = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
        } catch {
          json = undefined;
        }
        if (xhr.status < 200 || xhr.status >= 300) {
          const error = (json as { error?: { code?: string; message?: string; details?: Array<{ field: string; message: string }> } } | undefined)?.error;
          reject(new ApiError(xhr.status, error?.code ?? `http_${xhr.status}`, error?.message ?? `The server answered ${xhr.status}`, error?.details ?? []));
          return;
        }
        resolve(json as ImportSummary);
      };
      onProgress?.({ sent: 0, total: file.size });
      xhr.send(file);
    });
  },
  mappings: (signal?: AbortSignal) => request<ExerciseMapping[]>('GET', '/api/imports/exercise-mappings', undefined, signal),
  saveMappings: (mappings: ExerciseMapping[]) => request<ExerciseMapping[]>('PUT', '/api/imports/exercise-mappings', { mappings }),
  exportUrl: (format: 'json' | 'csv') => `/api/export?format=${format}`,
};
