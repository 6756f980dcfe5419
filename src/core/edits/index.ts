export * from './undo-stack';
export * from './record-edit';
