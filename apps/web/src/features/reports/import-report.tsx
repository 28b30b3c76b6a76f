import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePicker } from '../../shared/ui/file-picker';
import { NoticeAlert, type Notice } from '../../shared/ui/states';
import { fileToBase64, uploadRefusal } from './files';
import { IMPORT_REPORT } from './reports.operations';

/** `Nhập từ file`: a .docx or .md report fills the draft; a refused file says why. */
export function ImportReport({ submissionId, onImported }: { submissionId: string; onImported: () => void }) {
  const { t } = useTranslation();
  const [importReport, importing] = useMutation(IMPORT_REPORT);
  const [notice, setNotice] = useState<Notice>(null);

  const read = async (file: File) => {
    setNotice(null);
    try {
      const contentBase64 = await fileToBase64(file);
      await importReport({ variables: { input: { submissionId, fileName: file.name, contentBase64 } } });
      setNotice({ ok: true, text: t('reports.import.done', { file: file.name }) });
      onImported();
    } catch (e) {
      setNotice({ ok: false, text: uploadRefusal(t, e) });
    }
  };

  return (
    <Box sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <FilePicker
          label={t('reports.import.file')}
          buttonText={importing.loading ? t('reports.import.importing') : t('reports.import.button')}
          accept=".docx,.md,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/markdown"
          disabled={importing.loading}
          onFile={(file) => void read(file)}
        />
        <Typography variant="body2" color="text.secondary" sx={{ flex: '1 1 16rem' }}>
          {t('reports.import.hint')}
        </Typography>
      </Box>
      <NoticeAlert notice={notice} sx={{ mt: 1 }} />
    </Box>
  );
}
