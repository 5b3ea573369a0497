export { generateAvrCases, generateMigrants, type DemoAvrCase, type DemoMigrant, type GenerateOptions } from './generate.js';
export { seedHub, type SeedOptions, type SeedResult } from './seed.js';
