export * from './postgres.js';
import './provided-context.js';
export * from './viewers.js';
