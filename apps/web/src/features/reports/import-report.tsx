import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileToBase64, uploadRefusal } from './files';
import { IMPORT_REPORT } from './reports.operations';

/** `Nhập từ file`: a .docx or .md report fills the draft; a refused file says why. */
export function ImportReport({ submissionId, onImported }: { submissionId: string; onImported: () => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [importReport, importing] = useMutation(IMPORT_REPORT);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

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
        <Button variant="outlined" disabled={importing.loading} onClick={() => input.current?.click()}>
          {importing.loading ? t('reports.import.importing') : t('reports.import.button')}
        </Button>
        <Typography variant="body2" color="text.secondary" sx={{ flex: '1 1 16rem' }}>
          {t('reports.import.hint')}
        </Typography>
      </Box>
      {/* Hidden behind the button, but labelled: assistive technology and tests reach it by its name. */}
      <input
        ref={input}
        type="file"
        aria-label={t('reports.import.file')}
        accept=".docx,.md,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/markdown"
        style={{ position: 'absolute', width: 1, height: 1, opacity: 0, pointerEvents: 'none' }}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      {notice && (
        <Alert
          severity={notice.ok ? 'success' : 'error'}
          role={notice.ok ? 'status' : 'alert'}
          sx={{ mt: 1 }}
        >
          {notice.text}
        </Alert>
      )}
    </Box>
  );
}
