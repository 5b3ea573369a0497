import { backendTestConfig } from './src/testing/vitest-config.js';

export default backendTestConfig();
