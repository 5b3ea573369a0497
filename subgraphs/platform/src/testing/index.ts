export * from './postgres.js';
import './provided-context.js';
