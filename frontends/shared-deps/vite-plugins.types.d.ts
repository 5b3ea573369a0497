// Types of vite-plugins.js for the packages that import it (`@mpa/shared-deps/vite`).
import type { Plugin } from 'vite';

export declare const sharedSpecifiers: readonly string[];
export declare function importMapFragment(options: {
  label: string;
  entries: Record<string, string>;
}): Plugin;
export declare function portalDevServer(options?: { portal?: string }): Plugin;
