/**
 * PapaParse's string API as core may use it. tsconfig.core.json maps
 * `papaparse` here because @types/papaparse references Node's types, and
 * with them in the core program a stray `process` or `Buffer` in core would
 * type-check. The other programs use @types/papaparse, so these
 * declarations must stay a compatible subset of it; extend them as needed.
 */
declare namespace Papa {
  type ParseConfig<T> = {
    readonly delimiter?: string;
    readonly newline?: '\n' | '\r\n' | '\r';
    readonly quoteChar?: string;
    readonly escapeChar?: string;
    readonly header?: boolean;
    readonly transformHeader?: (header: string, index: number) => string;
    readonly dynamicTyping?: boolean;
    readonly preview?: number;
    readonly comments?: false | string;
    readonly skipEmptyLines?: boolean | 'greedy';
    readonly fastMode?: boolean;
    readonly transform?: (value: string, field: string | number) => unknown;
    readonly delimitersToGuess?: string[];
    readonly skipFirstNLines?: number;
    readonly chunkSize?: number;
    readonly chunk?: (results: ParseResult<T>, parser: unknown) => void;
    readonly complete?: (results: ParseResult<T>) => void;
  };

  type ParseError = {
    readonly type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    readonly code:
      | 'MissingQuotes'
      | 'UndetectableDelimiter'
      | 'TooFewFields'
      | 'TooManyFields'
      | 'InvalidQuotes';
    readonly message: string;
    readonly row?: number;
    readonly index?: number;
  };

  type ParseMeta = {
    readonly delimiter: string;
    readonly linebreak: string;
    readonly aborted: boolean;
    readonly fields?: string[];
    readonly truncated: boolean;
    readonly cursor: number;
  };

  type ParseResult<T> = {
    readonly data: T[];
    readonly errors: ParseError[];
    readonly meta: ParseMeta;
  };

  type UnparseConfig = {
    readonly quotes?:
      boolean | boolean[] | ((value: unknown, columnIndex: number) => boolean);
    readonly quoteChar?: string;
    readonly escapeChar?: string;
    readonly delimiter?: string;
    readonly header?: boolean;
    readonly newline?: string;
    readonly skipEmptyLines?: boolean | 'greedy';
    readonly columns?: string[];
    readonly escapeFormulae?: boolean | RegExp;
  };

  type UnparseObject<T> = {
    readonly fields: string[];
    readonly data: T[];
  };

  function parse<T>(input: string, config?: ParseConfig<T>): ParseResult<T>;
  function unparse<T>(
    data: T[] | UnparseObject<T>,
    config?: UnparseConfig,
  ): string;
}

export = Papa;
