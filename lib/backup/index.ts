export * from './backup';
export * from './backup-error';
export * from './contents';
export * from './encrypted-file';
export * from './import-plan';
