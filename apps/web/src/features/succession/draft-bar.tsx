// Next year's draft regulation in the regulation editor (issue 11.6): where it was copied from, and saving
// it as written until the head publishes it with the editor's own button (publishRegulation validates it).
import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusal } from '../../shared/api/problems';
import { NoticeAlert, type Notice } from '../../shared/ui/states';
import { SAVE_REGULATION_DRAFT } from './succession.operations';

interface Props {
  groupCode: string;
  year: number;
  copiedFromYear: number | null;
  /** The editor's document, or null after it said why it is not JSON. */
  read: () => unknown;
}

export function DraftNote({ year, copiedFromYear }: Pick<Props, 'year' | 'copiedFromYear'>) {
  const { t } = useTranslation();
  return (
    <Alert severity="info" variant="outlined" sx={{ mb: 2 }}>
      {t('succession.draft.note', { year, from: copiedFromYear ?? year - 1 })}
    </Alert>
  );
}

export function SaveDraftButton({ groupCode, year, read }: Omit<Props, 'copiedFromYear'>) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SAVE_REGULATION_DRAFT);
  const [message, setMessage] = useState<Notice>(null);
  return (
    <>
      <Button
        variant="outlined"
        disabled={loading}
        onClick={async () => {
          const document = read();
          if (document === null) return;
          try {
            await save({ variables: { groupCode, year, document } });
            setMessage({ ok: true, text: t('succession.draft.saved') });
          } catch (e) {
            setMessage({ ok: false, text: refusal(t, e) });
          }
        }}
      >
        {t('succession.draft.save')}
      </Button>
      <NoticeAlert notice={message} sx={{ flexBasis: '100%' }} />
    </>
  );
}
