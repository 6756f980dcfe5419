type SideChoiceProps<T extends string> = {
  /** Groups the radios; unique on the page. */
  readonly name: string;
  readonly label: string;
  readonly value: T | undefined;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
};

/** One item's choice as a small radio group, e.g. keep project's / file's. */
export function SideChoice<T extends string>(props: SideChoiceProps<T>) {
  return (
    <span role="radiogroup" aria-label={props.label} className="side-choice">
      {props.options.map((option) => (
        <label key={option.value} className="field-inline">
          <input
            type="radio"
            name={props.name}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </span>
  );
}

/** The two sides of a conflict, as the preview words them. */
export const SIDE_OPTIONS = [
  { value: 'base', label: 'Keep project’s' },
  { value: 'incoming', label: 'Take file’s' },
] as const;
