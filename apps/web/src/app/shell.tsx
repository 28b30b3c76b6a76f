import { useQuery } from '@apollo/client/react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes, useLocation } from 'react-router';
import { SignOutButton } from '../features/auth';
import { NotificationBell } from '../features/notifications';
import { headerYears, useYear } from '../shared/api/year';
import { LanguageSwitch } from '../shared/ui/language-switch';
import { Empty, ErrorState, Loading } from '../shared/ui/states';
import { SHELL } from './shell.operations';
import { preloadPage, WORKSPACE_PAGES, WORKSPACE_PATHS, workspacesOf } from './workspaces';

export function Shell() {
  const { t } = useTranslation();
  const { year, setYear } = useYear();
  const { data, error, refetch } = useQuery(SHELL, { variables: { year } });
  const { pathname } = useLocation();

  if (!data) {
    void preloadPage(pathname);
    return (
      <Box sx={{ p: 3 }}>
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <Loading />}
      </Box>
    );
  }
  const kind = data.me.organization.kind;
  const workspaces = workspacesOf(
    kind,
    data.myGroups.map((m) => m.role),
  );

  return (
    <>
      <Link href="#main" sx={skipLink}>
        {t('app.skipToContent')}
      </Link>
      <AppBar position="static" component="header" elevation={0}>
        <Toolbar sx={{ flexWrap: 'wrap', gap: { xs: 1, sm: 2 }, py: 1 }}>
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Typography component="p" variant="h6" sx={{ lineHeight: 1.3 }}>
              {data.me.organization.name}
            </Typography>
            <Typography component="p" variant="body2">
              {kind === 'AWARD_BOARD' || kind === 'PLATFORM'
                ? t(`header.kind.${kind}`)
                : data.myGroups.length === 0
                  ? t('header.noGroups', { year })
                  : data.myGroups
                      .map((m) =>
                        t('header.roleInGroup', { group: m.group.name, role: t(`header.role.${m.role}`) }),
                      )
                      .join(' · ')}
            </Typography>
          </Box>
          <TextField
            select
            size="small"
            label={t('header.year')}
            value={year}
            onChange={(e) => setYear(Number(e.target.value))}
            sx={yearSelect}
          >
            {headerYears().map((y) => (
              <MenuItem key={y} value={y}>
                {y}
              </MenuItem>
            ))}
          </TextField>
          <NotificationBell />
          <LanguageSwitch />
          <SignOutButton />
        </Toolbar>
        <Box component="nav" aria-label={t('app.navigation')} sx={nav}>
          {workspaces.map((w) => (
            <Link key={w} component={NavLink} to={WORKSPACE_PATHS[w]} sx={navLink}>
              {t(`nav.${w}`)}
            </Link>
          ))}
        </Box>
      </AppBar>
      <Container component="main" id="main" tabIndex={-1} maxWidth="xl" sx={{ py: 3, outline: 'none' }}>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/" element={<Navigate to={WORKSPACE_PATHS[workspaces[0]]} replace />} />
            {workspaces.map((w) => {
              const Page = WORKSPACE_PAGES[w];
              return <Route key={w} path={`${WORKSPACE_PATHS[w]}/*`} element={<Page />} />;
            })}
            <Route path="*" element={<Empty>{t('app.notFound')}</Empty>} />
          </Routes>
        </Suspense>
      </Container>
    </>
  );
}

const skipLink = {
  position: 'absolute',
  left: 8,
  top: -48,
  zIndex: 2000,
  bgcolor: 'background.paper',
  px: 2,
  py: 1,
  '&:focus': { top: 8 },
} as const;

const yearSelect = {
  minWidth: 96,
  '& .MuiInputBase-root': { color: 'inherit', bgcolor: 'rgba(255,255,255,0.12)' },
  '& .MuiInputLabel-root, & .MuiInputLabel-root.Mui-focused': { color: 'inherit' },
  '& .MuiOutlinedInput-notchedOutline': { borderColor: 'rgba(255,255,255,0.7)' },
  '& .MuiSvgIcon-root': { color: 'inherit' },
} as const;

const nav = {
  display: 'flex',
  gap: 0.5,
  px: { xs: 1, sm: 2 },
  overflowX: 'auto',
  bgcolor: 'primary.dark',
} as const;

const navLink = {
  color: 'common.white',
  px: 1.5,
  py: 1.25,
  whiteSpace: 'nowrap',
  textDecoration: 'none',
  borderBottom: '3px solid transparent',
  '&.active': { borderBottomColor: '#f1a208', fontWeight: 700 },
  '&:hover': { textDecoration: 'underline' },
} as const;
