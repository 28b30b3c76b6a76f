import { type ComponentProps, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, parseViNumber } from '../format/number';
import { TextInput } from './text-input';

type Props = Omit<ComponentProps<typeof TextInput>, 'value' | 'onChange' | 'error' | 'type'> & {
  label: string;
  /** Exact decimal, e.g. "14103.4"; null when empty. */
  value: string | null;
  /** On every keystroke: the decimal read (null when empty or not a number) and whether the text is refused. */
  onChange: (value: string | null, refused: boolean) => void;
};

/**
 * A number typed the Vietnamese way (14.103,4), or as 14103,4 or 14103.4; anything else is refused,
 * with a message once the field is left (not while the user is still typing).
 */
export function NumberInput({ label, value, onChange, helperText, ...rest }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value === null ? '' : formatNumber(value));
  const [invalid, setInvalid] = useState(false);

  const read = (next: string) => {
    if (next.trim() === '') return { ok: true, value: null };
    const parsed = parseViNumber(next);
    return { ok: parsed !== null, value: parsed };
  };

  return (
    <TextInput
      {...rest}
      label={label}
      value={text}
      inputProps={{ inputMode: 'decimal' }}
      autoComplete="off"
      error={invalid}
      helperText={invalid ? t('number.invalid') : helperText}
      onChange={(event) => {
        setText(event.target.value);
        const result = read(event.target.value);
        if (result.ok) setInvalid(false);
        onChange(result.value, !result.ok);
      }}
      onBlur={(event) => {
        const result = read(text);
        setInvalid(!result.ok);
        if (result.ok && result.value !== null) setText(formatNumber(result.value));
        rest.onBlur?.(event);
      }}
    />
  );
}
