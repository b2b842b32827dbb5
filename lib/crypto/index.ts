export * from './aead';
export * from './bytes';
export * from './case-keys';
export * from './kdf';
export * from './verifier';
