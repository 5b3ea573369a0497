// Types of vite-plugins.js for the packages that import it (`@mpa/shared-deps/vite`).
import type { Plugin, UserConfigFnObject } from 'vite';

export declare const sharedSpecifiers: readonly string[];
export declare function importMapFragment(options: {
  label: string;
  entries: Record<string, string>;
}): Plugin;
export declare function portalDevServer(options?: { portal?: string }): Plugin;
export declare function microFrontendConfig(options: {
  packageJson: { name: string; version: string };
  /** The entry's name: `src/<entry>.tsx`, the import map key and the built file's prefix. */
  entry: string;
  /** The dev server's port (each micro-frontend has its own). */
  port: number;
}): UserConfigFnObject;
