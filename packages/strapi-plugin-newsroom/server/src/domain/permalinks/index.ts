export * from './permalink-id';
export * from './url-patterns';
export * from './canonical-url';
export * from './locale';
