// The header's bell: how many notifications are unread, and the latest ones, each a link to what it is about.
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Popover from '@mui/material/Popover';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useYear } from '../../shared/api/year';
import { formatDateTime } from '../../shared/format/date';
import { visuallyHidden } from '../../shared/ui/visually-hidden';
import { notificationLink, notificationText, type NotificationItem } from './notification-text';
import { MARK_NOTIFICATIONS_READ, NOTIFICATION_ADDED, NOTIFICATIONS } from './notifications.operations';

/** The badge shows at most this, then "99+"; the button's name says the same. */
const MAX_SHOWN = 99;

export function NotificationBell() {
  const { t } = useTranslation();
  const { setYear } = useYear();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  const headingId = useId();
  const { data, refetch } = useQuery(NOTIFICATIONS);
  // Pushed over the WebSocket: a new one is counted without reloading the page.
  useSubscription(NOTIFICATION_ADDED, { onData: () => void refetch() });
  const [mark] = useMutation(MARK_NOTIFICATIONS_READ, { refetchQueries: [NOTIFICATIONS] });
  const unread = data?.notifications.unread ?? 0;
  const items = data?.notifications.items ?? [];

  const follow = (n: NotificationItem) => {
    close();
    setYear(n.year);
    if (!n.read) void mark({ variables: { ids: [n.id] } });
  };

  return (
    <>
      <IconButton
        color="inherit"
        aria-label={
          unread
            ? t('notifications.openUnread', { count: unread > MAX_SHOWN ? `${MAX_SHOWN}+` : unread })
            : t('notifications.open')
        }
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        {/* Without unread ones no badge at all: a hidden "0" would still be the button's visible text. */}
        {unread > 0 ? (
          <Badge badgeContent={unread} color="error" max={MAX_SHOWN}>
            <BellIcon />
          </Badge>
        ) : (
          <BellIcon />
        )}
      </IconButton>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { role: 'dialog', 'aria-labelledby': headingId, sx: panel } }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, pt: 1.5, pb: 1 }}>
          <Typography id={headingId} component="h2" variant="subtitle1" sx={{ flexGrow: 1, fontWeight: 600 }}>
            {t('notifications.title')}
          </Typography>
          {unread > 0 && (
            <Button size="small" onClick={() => void mark({ variables: { ids: null } })}>
              {t('notifications.markAll')}
            </Button>
          )}
        </Box>
        {items.length === 0 ? (
          <Typography sx={{ px: 2, pb: 2 }} color="text.secondary">
            {t('notifications.empty')}
          </Typography>
        ) : (
          <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {items.map((n) => (
              <Box component="li" key={n.id} sx={{ borderTop: 1, borderColor: 'divider' }}>
                <Link
                  component={RouterLink}
                  to={notificationLink(n)}
                  onClick={() => follow(n)}
                  underline="hover"
                  color="inherit"
                  sx={{ display: 'block', px: 2, py: 1.25, fontWeight: n.read ? 400 : 600 }}
                >
                  {!n.read && (
                    <Box component="span" sx={visuallyHidden}>
                      {t('notifications.unread')}{' '}
                    </Box>
                  )}
                  {notificationText(t, n)}
                  <Typography
                    component="span"
                    variant="body2"
                    color="text.secondary"
                    sx={{ display: 'block' }}
                  >
                    {formatDateTime(n.createdAt)}
                  </Typography>
                </Link>
              </Box>
            ))}
          </Box>
        )}
      </Popover>
    </>
  );
}

function BellIcon() {
  return (
    <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}

const panel = { width: { xs: 'calc(100vw - 32px)', sm: 400 }, maxHeight: '70vh' } as const;
