import { defineConfig } from 'vite';
import { microFrontendConfig } from '@mpa/shared-deps/vite';
import packageJson from './package.json' with { type: 'json' };

export default defineConfig(microFrontendConfig({ packageJson, entry: 'assistance', port: 5175 }));
