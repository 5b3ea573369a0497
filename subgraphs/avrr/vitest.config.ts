import { backendTestConfig } from '@mpa/platform/testing/vitest-config';

export default backendTestConfig({ database: true });
