import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format/number';
import { NumberInput } from '../../shared/ui/number-input';

export interface FigureRead {
  key: string;
  label: string;
  value?: string | null;
  unit?: string | null;
  /** The sentence of the report the figure was read from. */
  source?: string | null;
}

export interface ConfirmedFigure {
  key: string;
  /** The figure as read, or as corrected. */
  value: string | null;
}

interface Props {
  figures: FigureRead[];
  busy?: boolean;
  onConfirm: (figures: ConfirmedFigure[]) => void;
}

/** Figures read from an imported report, each beside its source sentence, to correct and confirm at once. */
export function FiguresToConfirm({ figures, busy, onConfirm }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() =>
    Object.fromEntries(figures.map((f) => [f.key, f.value ?? null])),
  );
  const [refused, setRefused] = useState<ReadonlySet<string>>(new Set());

  if (figures.length === 0) return null;
  return (
    <Box component="section" aria-labelledby="figures-to-confirm">
      <Typography component="h4" variant="subtitle2" id="figures-to-confirm">
        {t('reports.figures.title')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('reports.figures.intro')}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {figures.map((f) => (
          <Box
            component="li"
            key={f.key}
            sx={{
              py: 1,
              borderTop: 1,
              borderColor: 'divider',
              display: 'grid',
              gap: 1,
              gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' },
            }}
          >
            <div>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {f.label}: {f.value ? formatNumber(f.value) : t('reports.figures.none')} {f.unit ?? ''}
              </Typography>
              <Typography
                variant="body2"
                component="blockquote"
                color="text.secondary"
                sx={{ m: 0, pl: 1, borderLeft: 3, borderColor: 'divider' }}
              >
                {f.source ?? t('reports.figures.noSource')}
              </Typography>
            </div>
            <NumberInput
              size="small"
              label={t('reports.figures.correct', { label: f.label })}
              value={values[f.key]}
              onChange={(value, isRefused) => {
                setValues((v) => ({ ...v, [f.key]: value }));
                setRefused((r) => {
                  const next = new Set(r);
                  if (isRefused) next.add(f.key);
                  else next.delete(f.key);
                  return next;
                });
              }}
            />
          </Box>
        ))}
      </Box>
      <Button
        variant="contained"
        sx={{ mt: 1 }}
        disabled={busy || refused.size > 0}
        onClick={() => onConfirm(figures.map((f) => ({ key: f.key, value: values[f.key] })))}
      >
        {t('reports.figures.confirm')}
      </Button>
    </Box>
  );
}
