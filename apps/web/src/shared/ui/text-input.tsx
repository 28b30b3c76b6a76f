import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput, { type OutlinedInputProps } from '@mui/material/OutlinedInput';
import { type ReactNode, useId } from 'react';

type Props = Omit<OutlinedInputProps, 'label' | 'error'> & {
  label: string;
  helperText?: ReactNode;
  error?: boolean;
};

/**
 * A labelled text field with its message tied to it (aria-describedby). Lighter than MUI's TextField,
 * which brings the select machinery (menus, popovers) along even where there is no select.
 */
export function TextInput({ label, helperText, error, required, fullWidth = true, size, ...input }: Props) {
  const id = useId();
  const helperId = `${id}-help`;
  return (
    <FormControl error={error} required={required} fullWidth={fullWidth} size={size}>
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput
        {...input}
        id={id}
        label={label}
        required={required}
        aria-describedby={helperText ? helperId : undefined}
      />
      {helperText && <FormHelperText id={helperId}>{helperText}</FormHelperText>}
    </FormControl>
  );
}
