/**
 * Branded identifiers: plain strings at run time, distinct types at compile
 * time, so a record key can never be passed where a code GUID is expected.
 */
declare const brand: unique symbol;

export type Brand<T, Name extends string> = T & { readonly [brand]: Name };

export type ProjectId = Brand<string, 'ProjectId'>;
export type RecordKey = Brand<string, 'RecordKey'>;
export type ColumnKey = Brand<string, 'ColumnKey'>;
export type CodeId = Brand<string, 'CodeId'>;
export type CoderId = Brand<string, 'CoderId'>;

export const asProjectId = (value: string): ProjectId => value as ProjectId;
export const asRecordKey = (value: string): RecordKey => value as RecordKey;
export const asColumnKey = (value: string): ColumnKey => value as ColumnKey;
export const asCodeId = (value: string): CodeId => value as CodeId;
export const asCoderId = (value: string): CoderId => value as CoderId;

/** Source of fresh identifiers; injected so tests are deterministic. */
export type IdGenerator = () => string;

/** Source of the current time as an ISO 8601 string; injected likewise. */
export type Clock = () => string;
