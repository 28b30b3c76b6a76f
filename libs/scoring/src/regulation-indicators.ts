// Format 2 `indicators`: the group's own figures beside the common ones, their shape, checks and labels.
import { z } from 'zod';
import { INDICATOR_KEYS, INDICATOR_LABELS } from './indicators';
import type { Regulation } from './regulation.schema';

export const indicatorDeclarationSchema = z.strictObject({
  key: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, {
    error:
      'Mã chỉ tiêu phải bắt đầu bằng chữ cái, chỉ gồm chữ cái không dấu, chữ số và dấu gạch dưới (tối đa 64 ký tự)',
  }),
  label: z.string().trim().min(1),
  unit: z.string().trim().min(1).optional(),
});
export type IndicatorDeclaration = z.infer<typeof indicatorDeclarationSchema>;

/** One indicator a regulation's members report: a common one or one the regulation declares. */
export interface RegulationIndicator {
  key: string;
  label: string;
  unit: string | null;
  /** One of the portal's common indicators (INDICATOR_KEYS), not declared by the regulation. */
  common: boolean;
}

const COMMON: ReadonlySet<string> = new Set(INDICATOR_KEYS);

/** Every indicator of a regulation with its label: the common ones first, then its own in the order declared. */
export function regulationIndicators(regulation: Pick<Regulation, 'indicators'>): RegulationIndicator[] {
  return [
    ...INDICATOR_KEYS.map((key) => ({ key, label: INDICATOR_LABELS[key], unit: null, common: true })),
    ...(regulation.indicators ?? []).map(({ key, label, unit }) => ({
      key,
      label,
      unit: unit ?? null,
      common: false,
    })),
  ];
}

/** A declared key may repeat neither a common key nor an earlier declaration. */
export function checkIndicatorDeclarations(
  declarations: readonly IndicatorDeclaration[],
  problem: (path: readonly PropertyKey[], message: string) => void,
): void {
  const seen = new Map<string, number>();
  declarations.forEach(({ key }, i) => {
    const path = ['indicators', i, 'key'];
    const first = seen.get(key);
    if (COMMON.has(key)) {
      problem(path, `Chỉ tiêu "${key}" đã là chỉ tiêu chung của hệ thống: không khai báo lại`);
    } else if (first !== undefined) {
      problem(path, `Chỉ tiêu "${key}" đã được khai báo tại indicators[${first}]`);
    } else seen.set(key, i);
  });
}

/**
 * Every method's `indicator` must be a common key or a declared one. Read from the document as written, so that an
 * unknown key is named even when another part of the same criterion is malformed (as a shape problem would be).
 */
export function checkIndicatorNames(
  doc: unknown,
  problem: (path: readonly PropertyKey[], message: string) => void,
): void {
  if (!isRecord(doc)) return;
  const declared = new Set<string>();
  if (Array.isArray(doc.indicators)) {
    for (const d of doc.indicators) if (isRecord(d) && typeof d.key === 'string') declared.add(d.key);
  }
  const walk = (criteria: unknown, path: readonly PropertyKey[]): void => {
    if (!Array.isArray(criteria)) return;
    criteria.forEach((criterion, i) => {
      if (!isRecord(criterion)) return;
      const at = [...path, i];
      const { method } = criterion;
      if (isRecord(method) && typeof method.indicator === 'string') {
        const key = method.indicator;
        if (!COMMON.has(key) && !declared.has(key)) {
          problem(
            [...at, 'method', 'indicator'],
            `Chỉ tiêu "${key}" không phải chỉ tiêu chung và không được khai báo trong indicators; chấp nhận: ${[...INDICATOR_KEYS, ...declared].map((k) => JSON.stringify(k)).join(', ')}`,
          );
        }
      }
      walk(criterion.children, [...at, 'children']);
    });
  };
  walk(doc.criteria, ['criteria']);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
