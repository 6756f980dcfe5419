/**
 * True when `value` fits docs/podscan-coded-file.schema.json. Generated
 * ahead of time by scripts/generate-coded-file-validator.ts; it names no
 * faults (checkCodedFileSchema does).
 */
declare function isCodedFileShape(value: unknown): boolean;

export default isCodedFileShape;
