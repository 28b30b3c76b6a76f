// A group's year: its calendar (every step with its date, state and who still has to act), the covenant its
// head publishes, each member's signature and registration, and for the head who has not signed or registered.
import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CovenantFieldsFragment } from '../../gql/graphql';
import { refusal } from '../../shared/api/problems';
import { useYear } from '../../shared/api/year';
import { formatDate } from '../../shared/format/date';
import { MyGroupPage } from '../../shared/ui/my-group-page';
import { ScrollTable } from '../../shared/ui/scroll-table';
import { Empty, ErrorState, Loading } from '../../shared/ui/states';
import { COVENANT, REGISTER_TITLES, SIGN_COVENANT } from './covenant.operations';
import { PublishForm } from './publish-form';
import { YearCalendar } from './year-calendar';
import { Section } from '../../shared/ui/section';
import { SuccessionPanel } from '../succession';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog';

export function CovenantPage() {
  const { t } = useTranslation();
  const { year } = useYear();
  return (
    <MyGroupPage title={t('covenant.title')} noGroups={t('covenant.noGroups', { year })} withPeriod={false}>
      {({ groupCode, role, me }) => (
        <>
          <GroupCovenant groupCode={groupCode} year={year} head={role === 'HEAD'} me={me.code} />
          <SuccessionPanel groupCode={groupCode} year={year} head={role === 'HEAD'} />
        </>
      )}
    </MyGroupPage>
  );
}

interface GroupProps {
  groupCode: string;
  year: number;
  head: boolean;
  me: string;
}

function GroupCovenant({ groupCode, year, head, me }: GroupProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(COVENANT, { variables: { groupCode, year } });
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const covenant = data.covenant;
  const published = async () => {
    await refetch();
    setEditing(false);
    setNotice(t('covenant.publish.done'));
  };
  const form = (
    <PublishForm groupCode={groupCode} year={year} covenant={covenant ?? null} onPublished={published} />
  );
  const calendar = (
    <Section title={t('covenant.calendar.title')}>
      <YearCalendar groupCode={groupCode} year={year} head={head} me={me} covenant={covenant ?? null} />
    </Section>
  );
  if (!covenant)
    return (
      <>
        {calendar}
        {head ? (
          <>
            <Empty>{t('covenant.noneHead', { year })}</Empty>
            {form}
          </>
        ) : (
          <Empty>{t('covenant.none', { year })}</Empty>
        )}
      </>
    );
  const editable = head && covenant.signatures.length === 0;
  return (
    <>
      {calendar}
      {notice && (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {notice}
        </Alert>
      )}
      <Commitments covenant={covenant} />
      {head && editable && !editing && (
        <Button variant="outlined" sx={{ mt: 1 }} onClick={() => setEditing(true)}>
          {t('covenant.publish.edit')}
        </Button>
      )}
      {editing && form}
      <SignPanel groupCode={groupCode} covenant={covenant} me={me} />
      <RegisterPanel groupCode={groupCode} covenant={covenant} me={me} />
      {head && <Progress covenant={covenant} />}
    </>
  );
}

function Commitments({ covenant }: { covenant: CovenantFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Section title={t('covenant.commitments', { year: covenant.year })}>
      <Box component="ol" sx={{ pl: 3, my: 1 }}>
        {covenant.commitments.map((c) => (
          <li key={c.number}>
            <Typography>{c.text}</Typography>
            {c.target && (
              <Typography variant="body2" color="text.secondary">
                {t('covenant.target', { target: c.target })}
              </Typography>
            )}
          </li>
        ))}
      </Box>
      <Typography variant="body2" color="text.secondary">
        {t('covenant.published', {
          organization: covenant.publishedBy.name,
          date: formatDate(covenant.publishedAt),
          deadline: formatDate(covenant.registrationDeadline),
        })}
      </Typography>
    </Section>
  );
}

function SignPanel({
  groupCode,
  covenant,
  me,
}: {
  groupCode: string;
  covenant: CovenantFieldsFragment;
  me: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sign, { loading }] = useMutation(SIGN_COVENANT);
  const own = covenant.signatures.find((s) => s.member.code === me);
  return (
    <Section title={t('covenant.sign.title')}>
      {own ? (
        <Typography>
          {t('covenant.sign.signed', { date: formatDate(own.signedAt), account: own.signedBy })}
        </Typography>
      ) : (
        <Button variant="contained" onClick={() => setOpen(true)}>
          {t('covenant.sign.button')}
        </Button>
      )}
      {error && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {error}
        </Alert>
      )}
      <ConfirmDialog
        open={open}
        title={t('covenant.sign.confirmTitle', { year: covenant.year })}
        text={t('covenant.sign.confirmText')}
        cancel={t('covenant.sign.cancel')}
        confirm={t('covenant.sign.confirm')}
        busy={loading}
        onCancel={() => setOpen(false)}
        onConfirm={async () => {
          setError(null);
          try {
            await sign({ variables: { groupCode, year: covenant.year } });
          } catch (e) {
            setError(refusal(t, e));
          }
          setOpen(false);
        }}
      />
    </Section>
  );
}

function RegisterPanel({
  groupCode,
  covenant,
  me,
}: {
  groupCode: string;
  covenant: CovenantFieldsFragment;
  me: string;
}) {
  const { t } = useTranslation();
  const own = covenant.registrations.find((r) => r.member.code === me);
  const [chosen, setChosen] = useState<string[]>(own?.titles.map((x) => x.id) ?? []);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [register, { loading }] = useMutation(REGISTER_TITLES);
  // The page's own moment: the server refuses a late registration whatever this says.
  const [now] = useState(Date.now);
  const closed = Date.parse(covenant.registrationDeadline) < now;
  return (
    <Section title={t('covenant.register.title')}>
      {own && (
        <Typography sx={{ mb: 1 }}>
          {t('covenant.register.done', {
            titles: own.titles.map((x) => x.title).join(', '),
            date: formatDate(own.registeredAt),
          })}
        </Typography>
      )}
      {closed ? (
        <Typography>
          {t('covenant.register.closed', { deadline: formatDate(covenant.registrationDeadline) })}
        </Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary">
            {t('covenant.register.intro')}
          </Typography>
          <FormGroup role="group" aria-label={t('covenant.register.choices')}>
            {covenant.registrableTitles.map((title) => (
              <FormControlLabel
                key={title.id}
                label={title.title}
                control={
                  <Checkbox
                    checked={chosen.includes(title.id)}
                    onChange={(e) =>
                      setChosen((c) =>
                        e.target.checked ? [...c, title.id] : c.filter((id) => id !== title.id),
                      )
                    }
                  />
                }
              />
            ))}
          </FormGroup>
          <Button
            variant="contained"
            sx={{ mt: 1 }}
            disabled={loading}
            onClick={async () => {
              if (chosen.length === 0)
                return setMessage({ severity: 'error', text: t('covenant.register.none') });
              try {
                await register({ variables: { groupCode, year: covenant.year, titles: chosen } });
                setMessage({ severity: 'success', text: t('covenant.register.saved') });
              } catch (e) {
                setMessage({ severity: 'error', text: refusal(t, e) });
              }
            }}
          >
            {own ? t('covenant.register.update') : t('covenant.register.button')}
          </Button>
        </>
      )}
      {message && (
        <Alert
          severity={message.severity}
          role={message.severity === 'error' ? 'alert' : 'status'}
          sx={{ mt: 2 }}
        >
          {message.text}
        </Alert>
      )}
    </Section>
  );
}

function Progress({ covenant }: { covenant: CovenantFieldsFragment }) {
  const { t } = useTranslation();
  const members = [
    ...covenant.signatures.map((s) => s.member),
    ...covenant.registrations.map((r) => r.member),
    ...covenant.notSigned,
    ...covenant.notRegistered,
  ]
    .filter((m, i, all) => all.findIndex((o) => o.code === m.code) === i)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const names = (list: { name: string }[]) =>
    list.map((m) => m.name).join(', ') || t('covenant.progress.nobody');
  return (
    <Section title={t('covenant.progress.title')}>
      <Typography sx={{ mb: 1 }}>
        {t('covenant.progress.missing', {
          signed: names(covenant.notSigned),
          registered: names(covenant.notRegistered),
        })}
      </Typography>
      <ScrollTable label={t('covenant.progress.caption', { year: covenant.year })}>
        <Table size="small">
          <caption>{t('covenant.progress.caption', { year: covenant.year })}</caption>
          <TableHead>
            <TableRow>
              <TableCell>{t('covenant.progress.member')}</TableCell>
              <TableCell>{t('covenant.progress.signed')}</TableCell>
              <TableCell>{t('covenant.progress.registered')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {members.map((m) => {
              const signature = covenant.signatures.find((s) => s.member.code === m.code);
              const registration = covenant.registrations.find((r) => r.member.code === m.code);
              return (
                <TableRow key={m.code}>
                  <TableCell>{m.name}</TableCell>
                  <TableCell>
                    {signature
                      ? t('covenant.progress.signedOn', {
                          date: formatDate(signature.signedAt),
                          account: signature.signedBy,
                        })
                      : t('covenant.progress.notYet')}
                  </TableCell>
                  <TableCell>
                    {registration
                      ? registration.titles.map((x) => x.title).join(', ')
                      : t('covenant.progress.notYet')}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </ScrollTable>
    </Section>
  );
}
