export { startTestHub, type TestHub, type TestHubOptions } from './hub.js';
