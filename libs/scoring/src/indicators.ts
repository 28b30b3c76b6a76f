// Indicator keys and fields a regulation may compute points from, with their Vietnamese names.
export const INDICATOR_KEYS = [
  'industrial_production_index',
  'industrial_output_value',
  'retail_sales',
  'export_value',
  'import_value',
  'border_trade_value',
  'assigned_tasks_completed',
  'admin_dossiers_received',
  'admin_dossiers_resolved',
  'online_dossiers',
  'online_dossier_rate',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export const INDICATOR_FIELDS = ['value', 'percentOfPlan', 'changeVsSamePeriodPercent'] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

export const INDICATOR_LABELS: Record<IndicatorKey, string> = {
  industrial_production_index: 'Chỉ số sản xuất công nghiệp (IIP)',
  industrial_output_value: 'Giá trị sản xuất công nghiệp',
  retail_sales: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ',
  export_value: 'Kim ngạch xuất khẩu',
  import_value: 'Kim ngạch nhập khẩu',
  border_trade_value: 'Kim ngạch thương mại biên giới',
  assigned_tasks_completed: 'Nhiệm vụ được giao đã hoàn thành',
  admin_dossiers_received: 'Hồ sơ thủ tục hành chính tiếp nhận',
  admin_dossiers_resolved: 'Hồ sơ thủ tục hành chính đã giải quyết',
  online_dossiers: 'Hồ sơ trực tuyến',
  online_dossier_rate: 'Tỷ lệ hồ sơ trực tuyến',
};

export const INDICATOR_FIELD_LABELS: Record<IndicatorField, string> = {
  value: 'số liệu',
  percentOfPlan: '% so với kế hoạch',
  changeVsSamePeriodPercent: '% so với cùng kỳ',
};

/** An indicator's figure as members read it, e.g. "Giá trị sản xuất công nghiệp (% so với kế hoạch)". */
export function figureLabel(indicator: IndicatorKey, field: IndicatorField): string {
  return `${INDICATOR_LABELS[indicator]} (${INDICATOR_FIELD_LABELS[field]})`;
}
