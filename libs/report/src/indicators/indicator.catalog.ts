// The indicators read from reports: how reporters name them, their unit, and their sub-figures.
import type { IndicatorKey } from '@thidua/scoring';
import type { GroupIndicator } from './group-indicators';
import { phrasePattern, wordPattern } from './word-pattern';

export interface IndicatorPart {
  suffix: string;
  label: string;
  /** How a sub-sector is named. */
  names?: RegExp;
  /** An indicator named inside the parent's statement that is this part ("Trong đó, xuất khẩu đạt 20 triệu USD"). */
  headlineKey?: IndicatorKey;
}

/** `key` is a common key of @thidua/scoring, or (`declared`) one a group's regulation declares. */
export interface IndicatorDefinition<Key extends string = IndicatorKey> {
  key: Key;
  label: string;
  /** Unit values are normalised to; null for an index, which has only % figures. */
  unit: string | null;
  /** Names that make the key the subject of what follows (wordPattern: match with wordMatches). */
  names?: RegExp;
  /** Bare names ("xuất khẩu 20 triệu USD") that count only when a number follows them closely. */
  weakNames?: RegExp;
  /** Sub-figures reported after the headline ("Trong đó: công nghiệp khai khoáng tăng 12,05%"). */
  parts?: readonly IndicatorPart[];
  /** A "chiếm X%" after this count is the share kept under that key. */
  shareKey?: IndicatorKey;
  /** A group's own indicator: named by its label only, its figures read in its declared unit. */
  declared?: boolean;
}

const w = wordPattern;

export const SECTORS: readonly IndicatorPart[] = [
  { suffix: 'mining', label: 'khai khoáng', names: w('khai (?:khoáng|thác mỏ)') },
  { suffix: 'manufacturing', label: 'chế biến, chế tạo', names: w('chế biến,? chế tạo') },
  {
    suffix: 'electricity',
    label: 'sản xuất và phân phối điện',
    names: w('(?:sản xuất,? (?:và )?)?phân phối điện'),
  },
  {
    suffix: 'water_supply',
    label: 'cung cấp nước, xử lý rác thải, nước thải',
    names: w('cung cấp nước|(?:quản lý và )?xử lý rác thải'),
  },
];

const TRADE_PARTS: readonly IndicatorPart[] = [
  { suffix: 'export', label: 'xuất khẩu', headlineKey: 'export_value' },
  { suffix: 'import', label: 'nhập khẩu', headlineKey: 'import_value' },
];

export const INDICATOR_CATALOG: readonly IndicatorDefinition[] = [
  {
    key: 'industrial_production_index',
    label: 'Chỉ số sản xuất công nghiệp (IIP)',
    unit: null,
    names: w(
      'chỉ số (?:phát triển )?sản xuất (?:toàn )?(?:ngành )?công nghiệp(?: \\(IIP\\))?|chỉ số IIP|IIP',
    ),
    parts: SECTORS,
  },
  {
    key: 'industrial_output_value',
    label: 'Giá trị sản xuất công nghiệp',
    unit: 'tỷ đồng',
    names: w(
      '(?:tổng )?giá trị sản xuất (?:toàn )?(?:ngành )?công nghiệp|GTSX ?CN|GTSX (?:ngành )?công nghiệp',
    ),
    parts: SECTORS,
  },
  {
    key: 'retail_sales',
    label: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ',
    unit: 'tỷ đồng',
    names: w(
      'tổng mức bán lẻ(?: hàng hóa| hàng hoá)?(?: và doanh thu dịch vụ(?: tiêu dùng)?)?|doanh thu bán lẻ(?: hàng hóa| hàng hoá)?',
    ),
  },
  {
    key: 'export_value',
    label: 'Kim ngạch xuất khẩu',
    unit: 'triệu USD',
    names: w('(?:tổng )?(?:kim ngạch|giá trị)(?: hàng hóa| hàng hoá)? xuất khẩu'),
    weakNames: w('xuất khẩu'),
  },
  {
    key: 'import_value',
    label: 'Kim ngạch nhập khẩu',
    unit: 'triệu USD',
    names: w('(?:tổng )?(?:kim ngạch|giá trị)(?: hàng hóa| hàng hoá)? nhập khẩu'),
    weakNames: w('nhập khẩu'),
  },
  {
    key: 'border_trade_value',
    label: 'Kim ngạch xuất nhập khẩu qua biên giới',
    unit: 'triệu USD',
    names: w(
      '(?:tổng )?(?:kim ngạch |giá trị )?(?:hàng hóa |hàng hoá )?xuất,? nhập khẩu(?: hàng hóa| hàng hoá)? qua (?:các )?(?:cửa khẩu|biên giới)(?: đất liền)?|(?:kim ngạch )?(?:thương mại|buôn bán) (?:qua )?biên giới|(?:xuất nhập khẩu|thương mại) biên mậu',
    ),
    parts: TRADE_PARTS,
  },
  { key: 'assigned_tasks_completed', label: 'Nhiệm vụ được giao đã thực hiện', unit: 'nhiệm vụ' },
  { key: 'admin_dossiers_received', label: 'Hồ sơ thủ tục hành chính tiếp nhận', unit: 'hồ sơ' },
  { key: 'admin_dossiers_resolved', label: 'Hồ sơ thủ tục hành chính đã giải quyết', unit: 'hồ sơ' },
  {
    key: 'online_dossiers',
    label: 'Hồ sơ giải quyết qua dịch vụ công trực tuyến',
    unit: 'hồ sơ',
    shareKey: 'online_dossier_rate',
  },
  {
    key: 'online_dossier_rate',
    label: 'Tỷ lệ hồ sơ trực tuyến',
    unit: '%',
    names: w(
      'tỷ lệ (?:tiếp nhận |giải quyết )?(?:hồ sơ )?(?:tiếp nhận |giải quyết )?(?:qua )?(?:dịch vụ công )?trực tuyến|tỷ lệ hồ sơ (?:thủ tục hành chính )?(?:được )?(?:tiếp nhận và )?(?:giải quyết )?(?:qua )?(?:dịch vụ công )?trực tuyến',
    ),
  },
];

/** A group's own indicator as the extractor reads it: named by its label as written (any case). */
export function declaredDefinition(indicator: GroupIndicator): IndicatorDefinition<string> {
  return {
    key: indicator.key,
    label: indicator.label,
    unit: indicator.unit,
    names: phrasePattern(indicator.label),
    declared: true,
  };
}

/** Named "xuất nhập khẩu" without "qua biên giới": total trade, which this catalog does not keep. */
export const TOTAL_TRADE_NAMES = w('(?:tổng )?(?:kim ngạch |giá trị )?xuất,? nhập khẩu');

export function definitionOf(key: string): IndicatorDefinition {
  const definition = INDICATOR_CATALOG.find((d) => d.key === key);
  if (definition === undefined) throw new Error(`Unknown indicator key: ${key}`);
  return definition;
}

/** A key of the portal's common indicators, or of one of their sub-figures ("industrial_production_index.mining"). */
export function isCommonIndicatorKey(key: string): boolean {
  const [base, suffix, ...rest] = key.split('.');
  const definition = INDICATOR_CATALOG.find((d) => d.key === base);
  if (definition === undefined || rest.length > 0) return false;
  return suffix === undefined || (definition.parts ?? []).some((p) => p.suffix === suffix);
}

/** Catalog order, each indicator followed by its parts: the order indicators are listed in. */
export function catalogRank(key: string): number {
  const [base, suffix] = key.split('.');
  const index = INDICATOR_CATALOG.findIndex((d) => d.key === base);
  const partIndex =
    suffix === undefined ? -1 : (INDICATOR_CATALOG[index]?.parts ?? []).findIndex((p) => p.suffix === suffix);
  return index * 100 + partIndex + 1;
}
