import type { CustomCellRendererProps } from 'ag-grid-react';
import type { CodeId } from '../../../core/model/ids';
import type { GridRow } from '../grid/grid-row';
import { CodeChips } from './CodeChips';
import type { CodeLookup } from './code-lookup';

type CodeChipsCellProps = CustomCellRendererProps<
  GridRow,
  readonly CodeId[]
> & { readonly lookup: CodeLookup };

/** The grid cell of applied codes. */
export function CodeChipsCell({ value, lookup }: CodeChipsCellProps) {
  return <CodeChips codes={value ?? []} lookup={lookup} />;
}
