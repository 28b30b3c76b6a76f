import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ErrorCode, errorInfo, errorMessage } from '../../shared/api/errors';
import type { Check, Values } from './admin-validation';

export interface Field {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password';
  /** A choice (native select: one tap on a phone, typed letters on a desk). */
  options?: { value: string; label: string }[];
  /** A choice's empty option, when it means something (e.g. "unchanged") rather than "choose". */
  emptyOption?: string;
  help?: string;
  optional?: boolean;
  autoComplete?: string;
  check?: Check;
}

interface Props {
  title: string;
  fields: Field[];
  submitLabel: string;
  /** Sends the values; resolves with the confirmation to show. */
  onSubmit: (values: Values) => Promise<string>;
  /** This form's sentence for a server refusal, by code, where the common one would not say enough. */
  refusals?: Partial<Record<ErrorCode, string>>;
}

type Outcome = { severity: 'success' | 'error'; text: string };

const blank = (fields: Field[]): Values => Object.fromEntries(fields.map((f) => [f.name, '']));

/** One onboarding form: labelled fields, Vietnamese checks before sending, the server's refusal by code. */
export function AdminForm({ title, fields, submitLabel, onSubmit, refusals = {} }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(() => blank(fields));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const problemOf = (field: Field, all: Values): string | null => {
    const value = all[field.name] ?? '';
    if (!value.trim())
      return field.optional
        ? null
        : t(field.options ? 'admin.validation.choose' : 'admin.validation.required', {
            field: field.label.toLocaleLowerCase('vi'),
          });
    const key = field.check?.(value, all);
    return key ? t(`admin.validation.${key}`) : null;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setOutcome(null);
    const found = Object.fromEntries(
      fields.flatMap((f) => {
        const problem = problemOf(f, values);
        return problem ? [[f.name, problem]] : [];
      }),
    );
    setProblems(found);
    const first = fields.find((f) => found[f.name]);
    if (first) {
      form.current?.querySelector<HTMLElement>(`[name="${first.name}"]`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const trimmed = Object.fromEntries(
        Object.entries(values).map(([k, v]) => [
          k,
          fields.find((f) => f.name === k)?.type === 'password' ? v : v.trim(),
        ]),
      );
      const confirmation = await onSubmit(trimmed);
      setValues(blank(fields));
      setOutcome({ severity: 'success', text: confirmation });
    } catch (error) {
      const { code } = errorInfo(error);
      const own =
        code === 'NOT_FOUND'
          ? (refusals.NOT_FOUND ?? t('admin.errors.notFound'))
          : refusals[code as ErrorCode];
      setOutcome({ severity: 'error', text: own ?? errorMessage(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const set = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    if (problems[name]) setProblems(({ [name]: _, ...rest }) => rest);
  };

  return (
    <Paper component="section" aria-labelledby={`${id}-title`} variant="outlined" sx={{ p: 2 }}>
      <Typography component="h3" variant="h6" id={`${id}-title`} sx={{ mb: 2 }}>
        {title}
      </Typography>
      <Box
        component="form"
        ref={form}
        noValidate
        onSubmit={(e) => void submit(e)}
        sx={{ display: 'grid', gap: 2 }}
      >
        {fields.map((f) => {
          const problem = problems[f.name];
          const common = {
            name: f.name,
            label: f.label,
            value: values[f.name] ?? '',
            required: !f.optional,
            error: Boolean(problem),
            helperText: problem ?? f.help,
            size: 'small' as const,
          };
          return (
            <TextField
              key={f.name}
              {...common}
              id={`${id}-${f.name}`}
              type={f.options ? undefined : (f.type ?? 'text')}
              select={Boolean(f.options)}
              fullWidth
              autoComplete={f.autoComplete ?? 'off'}
              onChange={(e) => set(f.name, e.target.value)}
              slotProps={{
                select: { native: true },
                // A native select shows its first option: keep the label above it.
                inputLabel: f.options ? { shrink: true } : undefined,
              }}
            >
              {f.options && <option value="">{f.emptyOption ?? t('admin.choose')}</option>}
              {f.options?.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </TextField>
          );
        })}
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Button type="submit" variant="contained" disabled={busy}>
            {submitLabel}
          </Button>
          {busy && <Typography role="status">{t('admin.save')}</Typography>}
        </Box>
        {outcome && (
          <Alert severity={outcome.severity} role={outcome.severity === 'error' ? 'alert' : 'status'}>
            {outcome.text}
          </Alert>
        )}
      </Box>
    </Paper>
  );
}
