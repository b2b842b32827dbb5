export * from './audit';
export * from './case-repository';
export * from './codec';
export * from './database';
export * from './errors';
export * from './schema';
export * from './sealed-codec';
