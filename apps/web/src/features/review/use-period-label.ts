import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../gql/graphql';

/** "6 tháng đầu năm 2023", "Cả năm 2023". */
export function usePeriodLabel() {
  const { t } = useTranslation();
  return (period: { kind: PeriodKind; year: number }) =>
    t('review.periodOf', { period: t(`review.kind.${period.kind}`), year: period.year });
}
