import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/i18n';

/** Shows the other language's name, in that language (lang attribute for screen readers). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'vi' : 'en';
  return (
    <Button size="small" color="inherit" lang={other} onClick={() => setLanguage(other)}>
      {t('app.switchLanguage')}
    </Button>
  );
}
