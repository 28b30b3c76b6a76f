import { useApolloClient, useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format/number';
import { FilePicker } from '../../shared/ui/file-picker';
import { NoticeAlert, type Notice } from '../../shared/ui/states';
import { fileToBase64, saveBase64, uploadRefusal } from './files';
import { ATTACH_EVIDENCE, EVIDENCE_FILE, REMOVE_EVIDENCE } from './reports.operations';

interface Evidence {
  id: string;
  fileName: string;
  size: number;
}

interface Props {
  submissionId: string;
  criterionId: string;
  files: Evidence[];
  editable: boolean;
  onChanged: () => void;
}

/** A criterion's proof files: attach, list, download, remove. */
export function EvidenceList({ submissionId, criterionId, files, editable, onChanged }: Props) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [attach, attaching] = useMutation(ATTACH_EVIDENCE);
  const [remove] = useMutation(REMOVE_EVIDENCE);
  const [notice, setNotice] = useState<Notice>(null);

  const run = async (work: () => Promise<string | null>) => {
    setNotice(null);
    try {
      const done = await work();
      if (done) setNotice({ ok: true, text: done });
    } catch (e) {
      setNotice({ ok: false, text: uploadRefusal(t, e) });
    }
  };

  const upload = (file: File) =>
    run(async () => {
      const contentBase64 = await fileToBase64(file);
      await attach({
        variables: { input: { submissionId, criterionId, fileName: file.name, contentBase64 } },
      });
      onChanged();
      return t('reports.evidence.uploaded', { file: file.name });
    });

  const download = (e: Evidence) =>
    run(async () => {
      const { data } = await client.query({
        query: EVIDENCE_FILE,
        variables: { id: e.id },
        fetchPolicy: 'no-cache',
      });
      if (data) saveBase64(data.evidenceFile);
      return null;
    });

  const drop = (e: Evidence) =>
    run(async () => {
      await remove({ variables: { id: e.id } });
      onChanged();
      return t('reports.evidence.removed', { file: e.fileName });
    });

  return (
    <Box sx={{ mt: 1 }}>
      {editable && (
        <FilePicker
          label={t('reports.evidence.file', { id: criterionId })}
          buttonText={attaching.loading ? t('reports.evidence.attaching') : t('reports.evidence.attach')}
          buttonLabel={t('reports.evidence.attachFor', { id: criterionId })}
          disabled={attaching.loading}
          onFile={(file) => void upload(file)}
        />
      )}
      {files.length > 0 && (
        <Box
          component="ul"
          aria-label={t('reports.evidence.attached', { id: criterionId })}
          sx={{ pl: 2, my: 1 }}
        >
          {files.map((e) => (
            <li key={e.id}>
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
                <span style={{ overflowWrap: 'anywhere' }}>
                  {e.fileName} ({formatNumber(String(Math.ceil(e.size / 1024)))} KB)
                </span>
                <Button
                  size="small"
                  onClick={() => void download(e)}
                  aria-label={t('reports.evidence.download', { file: e.fileName })}
                >
                  {t('reports.evidence.downloadShort')}
                </Button>
                {editable && (
                  <Button
                    size="small"
                    color="error"
                    onClick={() => void drop(e)}
                    aria-label={t('reports.evidence.remove', { file: e.fileName })}
                  >
                    {t('reports.evidence.removeShort')}
                  </Button>
                )}
              </Box>
            </li>
          ))}
        </Box>
      )}
      <NoticeAlert notice={notice} sx={{ mt: 1 }} />
    </Box>
  );
}
