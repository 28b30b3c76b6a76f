// What the member's, the head's and the board's pages share: a dossier's summary, downloads, the decision.
import { useApolloClient } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierFieldsFragment, DossierStageQuery, PeriodKind } from '../../gql/graphql';
import { errorMessage } from '../../shared/api/errors';
import { formatDate } from '../../shared/format/date';
import { saveDownload } from '../../shared/api/download';
import { EXPORT_CERTIFICATE, EXPORT_DECISION, EXPORT_DOSSIER_ARCHIVE } from './dossiers.operations';

type File = Parameters<typeof saveDownload>[0];

// Outlined chips print their text in the colour: only colours with AA contrast on white.
const STATE_COLOR = {
  DRAFT: 'default',
  SUBMITTED: 'primary',
  RETURNED: 'warning',
  ACCEPTED: 'success',
  REJECTED: 'error',
} as const;

/** Runs a download, keeping its failure to show beside the buttons. */
export function useDownload() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const run = async (fetch: () => Promise<File | undefined>) => {
    setError(null);
    try {
      const file = await fetch();
      if (file) saveDownload(file);
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };
  const alert = error && (
    <Alert severity="error" role="alert" sx={{ mt: 1 }}>
      {error}
    </Alert>
  );
  return { run, alert };
}

/** One dossier: award and member, its state, the board's reason, what it holds; `children` are its actions. */
export function DossierSummary({
  dossier,
  children,
}: {
  dossier: DossierFieldsFragment;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Box component="li" sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider', listStyle: 'none' }}>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, flex: '1 1 260px' }}>
          {t('dossiers.dossierOf', { award: dossier.awardTitle, member: dossier.member.name })}
        </Typography>
        <Chip
          size="small"
          variant="outlined"
          color={STATE_COLOR[dossier.state]}
          label={t(`dossiers.states.${dossier.state}`)}
        />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {dossier.hasReport ? t('dossiers.report.yes') : t('dossiers.report.no')}
        {dossier.reportFileName && ` · ${t('dossiers.report.file', { file: dossier.reportFileName })}`}
        {dossier.coverLetter &&
          dossier.minutes &&
          ` · ${t('dossiers.attached', { coverLetter: dossier.coverLetter.number, minutes: dossier.minutes.number })}`}
      </Typography>
      {dossier.reason && (
        <Typography variant="body2">{t('dossiers.reason', { reason: dossier.reason })}</Typography>
      )}
      {children && <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}>{children}</Box>}
    </Box>
  );
}

/** The dossier's zip: the head's and the board's. */
export function ArchiveButton({ dossier }: { dossier: DossierFieldsFragment }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { run, alert } = useDownload();
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        aria-label={t('dossiers.archiveOf', { award: dossier.awardTitle, member: dossier.member.name })}
        onClick={() =>
          void run(
            async () =>
              (
                await client.query({
                  query: EXPORT_DOSSIER_ARCHIVE,
                  variables: { dossierId: dossier.id },
                  fetchPolicy: 'no-cache',
                })
              ).data?.exportDossierArchive,
          )
        }
      >
        {t('dossiers.archive')}
      </Button>
      {alert}
    </>
  );
}

type Decision = NonNullable<DossierStageQuery['dossierStage']['decision']>;

/** The recorded decision: what it grants, its document and each certificate as DOCX and PDF. */
export function DecisionPanel({
  decision,
  groupCode,
  year,
  kind,
  only,
}: {
  decision: Decision;
  groupCode: string;
  year: number;
  kind: PeriodKind;
  /** The member whose certificates are offered (a member sees its own); every one when absent. */
  only?: string;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { run, alert } = useDownload();
  const decisionFile = (format: 'DOCX' | 'PDF') =>
    run(
      async () =>
        (
          await client.query({
            query: EXPORT_DECISION,
            variables: { groupCode, year, kind, format },
            fetchPolicy: 'no-cache',
          })
        ).data?.exportDecision,
    );
  const certificate = (dossierId: string, format: 'DOCX' | 'PDF') =>
    run(
      async () =>
        (
          await client.query({
            query: EXPORT_CERTIFICATE,
            variables: { dossierId, format },
            fetchPolicy: 'no-cache',
          })
        ).data?.exportCertificate,
    );
  const grants = decision.grants.filter((g) => !only || g.member.id === only);
  return (
    <Box sx={{ mt: 2 }}>
      <Typography sx={{ fontWeight: 600 }}>
        {t('dossiers.decision.summary', {
          number: decision.number,
          date: formatDate(`${decision.date}T12:00:00+07:00`),
          signer: `${decision.signerTitle} ${decision.signerName}`,
        })}
      </Typography>
      <Box component="ul" sx={{ pl: 3, my: 1 }}>
        {decision.grants.map((g) => (
          <li key={g.dossierId}>
            {t('dossiers.decision.granted', { award: g.awardTitle, member: g.member.name })}
          </li>
        ))}
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button variant="outlined" size="small" onClick={() => void decisionFile('DOCX')}>
          {t('dossiers.decision.downloadDocx')}
        </Button>
        <Button variant="outlined" size="small" onClick={() => void decisionFile('PDF')}>
          {t('dossiers.decision.downloadPdf')}
        </Button>
        {grants.flatMap((g) =>
          (['DOCX', 'PDF'] as const).map((format) => (
            <Button
              key={`${g.dossierId}-${format}`}
              variant="outlined"
              size="small"
              onClick={() => void certificate(g.dossierId, format)}
            >
              {t(
                format === 'PDF' ? 'dossiers.decision.certificatePdf' : 'dossiers.decision.certificateDocx',
                {
                  member: g.member.name,
                },
              )}
            </Button>
          )),
        )}
      </Box>
      {alert}
    </Box>
  );
}

/** A calendar day (YYYY-MM-DD), its label kept above the browser's own day picker. */
export function DateField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (day: string) => void;
}) {
  return (
    <TextField
      type="date"
      size="small"
      required
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
}
