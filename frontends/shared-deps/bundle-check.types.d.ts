// Types of bundle-check.js (`@mpa/shared-deps/bundle-check`).
export declare const libraryMarkers: Readonly<Record<string, readonly string[]>>;
export declare function readBundle(dist: string, specifier: string): { entry: string; code: string; bareImports: string[] };
export declare function bundledLibraries(code: string): string[];
type Bundle = ReturnType<typeof readBundle>;
export declare function describeMicroFrontendBundle(
  options: { dist: string; entry: string; maxGzipBytes?: number },
  more?: (bundle: () => Bundle) => void,
): void;
