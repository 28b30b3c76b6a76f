import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { freshToken } from '../../shared/api/refresh';

export const QUEUE_BOARD = '/admin/queues';

/**
 * Opens the queue board (Bull Board, served by the API). A page load carries no bearer token, so the board's
 * session cookie is asked for first with the current token; the API checks it is a platform admin's.
 */
export function QueueBoardLink() {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const open = async () => {
    setFailed(false);
    const token = await freshToken('/graphql').catch(() => null);
    const response = token
      ? await fetch(`${QUEUE_BOARD}/session`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
        }).catch(() => null)
      : null;
    if (response?.ok) window.location.assign(QUEUE_BOARD);
    else setFailed(true);
  };
  return (
    <>
      <Button variant="outlined" onClick={() => void open()}>
        {t('admin.queueBoard.open')}
      </Button>
      {failed && (
        <Alert severity="error" sx={{ width: '100%' }}>
          {t('admin.queueBoard.failed')}
        </Alert>
      )}
    </>
  );
}
