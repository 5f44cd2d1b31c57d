export declare const SERVER_LAYERS: string[];
export declare const OUT_DIR: string;
export declare const STAMP_FILE: string;
export declare function serverSources(root: string): string[];
export declare function sourceStamp(root: string): string;
export declare function builtServer(root: string): string | null;
export declare function buildServer(root: string, opts?: { outDir?: string; force?: boolean }): Promise<{ built: boolean; files: number; seconds: number; outDir: string }>;
