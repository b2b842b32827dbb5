export * from './case-repository';
export * from './database';
export * from './errors';
export * from './schema';
