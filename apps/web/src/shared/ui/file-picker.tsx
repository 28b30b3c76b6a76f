import Button from '@mui/material/Button';
import { useRef } from 'react';

interface Props {
  /** The file input's accessible name (UI.md): what tests and assistive technology reach it by. */
  label: string;
  /** The visible button's text, and its own accessible name when several pickers share a page. */
  buttonText: string;
  buttonLabel?: string;
  accept?: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}

/**
 * A button that opens the file chooser, in the page's language: the browser's own file input would say
 * "Choose File" in the browser's. The input stays in the page, hidden behind the button but labelled.
 */
export function FilePicker({ label, buttonText, buttonLabel, accept, disabled, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        variant="outlined"
        size="small"
        disabled={disabled}
        aria-label={buttonLabel}
        onClick={() => input.current?.click()}
      >
        {buttonText}
      </Button>
      <input
        ref={input}
        type="file"
        aria-label={label}
        accept={accept}
        disabled={disabled}
        style={{ position: 'absolute', width: 1, height: 1, opacity: 0, pointerEvents: 'none' }}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
