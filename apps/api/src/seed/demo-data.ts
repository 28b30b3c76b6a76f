// Demo tenants for `npm run seed`. Organizations and groups are real; who leads each group in 2023 is
// demo data (DOMAIN.md records the Khối's 2018 head and deputy, not 2023's), and so are both regulations.
import { CTD_VIII_2023_REGULATION } from '@thidua/scoring/fixtures/ctd-viii-2023.regulation';
import { KTD_KT_GIA_LAI_2023_REGULATION } from '@thidua/scoring/fixtures/ktd-kt-gia-lai-2023.regulation';

export const DEMO_PASSWORD = 'ThiDua@2023';
export const DEMO_ADMIN_EMAIL = 'admin@demo.thidua.vn';
export const demoEmail = (code: string) => `${code}@demo.thidua.vn`;

export interface DemoOrganization {
  code: string;
  name: string;
  kind: 'DEPARTMENT' | 'AWARD_BOARD';
  province: string;
}

export const ORGANIZATIONS: DemoOrganization[] = [
  {
    code: 'vu-tccb-bct',
    name: 'Vụ Tổ chức cán bộ – Bộ Công Thương',
    kind: 'AWARD_BOARD',
    province: 'Hà Nội',
  },
  {
    code: 'btdkt-gia-lai',
    name: 'Ban Thi đua – Khen thưởng tỉnh Gia Lai',
    kind: 'AWARD_BOARD',
    province: 'Gia Lai',
  },
  { code: 'sct-gia-lai', name: 'Sở Công Thương tỉnh Gia Lai', kind: 'DEPARTMENT', province: 'Gia Lai' },
  { code: 'sct-kon-tum', name: 'Sở Công Thương tỉnh Kon Tum', kind: 'DEPARTMENT', province: 'Kon Tum' },
  { code: 'sct-dak-lak', name: 'Sở Công Thương tỉnh Đắk Lắk', kind: 'DEPARTMENT', province: 'Đắk Lắk' },
  { code: 'sct-dak-nong', name: 'Sở Công Thương tỉnh Đắk Nông', kind: 'DEPARTMENT', province: 'Đắk Nông' },
  { code: 'sct-lam-dong', name: 'Sở Công Thương tỉnh Lâm Đồng', kind: 'DEPARTMENT', province: 'Lâm Đồng' },
  {
    code: 'sct-quang-ngai',
    name: 'Sở Công Thương tỉnh Quảng Ngãi',
    kind: 'DEPARTMENT',
    province: 'Quảng Ngãi',
  },
  {
    code: 'bqlkkt-gia-lai',
    name: 'Ban Quản lý Khu kinh tế tỉnh Gia Lai',
    kind: 'DEPARTMENT',
    province: 'Gia Lai',
  },
  {
    code: 'quy-bvptr-gia-lai',
    name: 'Quỹ Bảo vệ và Phát triển rừng tỉnh Gia Lai',
    kind: 'DEPARTMENT',
    province: 'Gia Lai',
  },
  {
    code: 'stttt-gia-lai',
    name: 'Sở Thông tin và Truyền thông tỉnh Gia Lai',
    kind: 'DEPARTMENT',
    province: 'Gia Lai',
  },
  {
    code: 'sgtvt-gia-lai',
    name: 'Sở Giao thông vận tải tỉnh Gia Lai',
    kind: 'DEPARTMENT',
    province: 'Gia Lai',
  },
  { code: 'sxd-gia-lai', name: 'Sở Xây dựng tỉnh Gia Lai', kind: 'DEPARTMENT', province: 'Gia Lai' },
  {
    code: 'snnptnt-gia-lai',
    name: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Gia Lai',
    kind: 'DEPARTMENT',
    province: 'Gia Lai',
  },
  {
    code: 'stnmt-gia-lai',
    name: 'Sở Tài nguyên và Môi trường tỉnh Gia Lai',
    kind: 'DEPARTMENT',
    province: 'Gia Lai',
  },
];

/** The 2025 province mergers (DOMAIN.md): history stays under the old name. */
export const MERGERS = [
  { code: 'sct-kon-tum', successorCode: 'sct-quang-ngai', from: '2025-07-01' },
  { code: 'sct-dak-nong', successorCode: 'sct-lam-dong', from: '2025-07-01' },
];

type Role = 'HEAD' | 'DEPUTY' | 'MEMBER';

/** A format 2 fact the demo sets for a member, by the head or by the group's award board. */
export interface DemoFact {
  memberCode: string;
  factId: string;
  by: 'HEAD' | 'BOARD';
  reason: string;
}

export const GROUPS = [
  {
    code: 'CTD-VIII',
    name: 'Cụm thi đua số VIII – Sở Công Thương các tỉnh khu vực Tây Nguyên',
    kind: 'CLUSTER' as const,
    reviewerCode: 'vu-tccb-bct',
    regulation: CTD_VIII_2023_REGULATION,
    members2023: [
      ['sct-lam-dong', 'HEAD'],
      ['sct-dak-lak', 'DEPUTY'],
      ['sct-gia-lai', 'MEMBER'],
      ['sct-kon-tum', 'MEMBER'],
      ['sct-dak-nong', 'MEMBER'],
    ] as [string, Role][],
    categories: {} as Record<string, string>,
    facts: [] as DemoFact[],
    fixedDeductions: [] as { memberCode: string; id: string; reason: string }[],
  },
  {
    code: 'KTD-KT-GIA-LAI',
    name: 'Khối thi đua các sở, ngành kinh tế tỉnh Gia Lai',
    kind: 'BLOC' as const,
    reviewerCode: 'btdkt-gia-lai',
    regulation: KTD_KT_GIA_LAI_2023_REGULATION,
    members2023: [
      ['bqlkkt-gia-lai', 'HEAD'],
      ['quy-bvptr-gia-lai', 'DEPUTY'],
      ['sct-gia-lai', 'MEMBER'],
      ['stttt-gia-lai', 'MEMBER'],
      ['sgtvt-gia-lai', 'MEMBER'],
      ['sxd-gia-lai', 'MEMBER'],
      ['snnptnt-gia-lai', 'MEMBER'],
      ['stnmt-gia-lai', 'MEMBER'],
    ] as [string, Role][],
    // The chairman's merit is shared by kind of member (quota.byCategory): departments, other agencies.
    categories: {
      'bqlkkt-gia-lai': 'KHAC',
      'quy-bvptr-gia-lai': 'KHAC',
      'sct-gia-lai': 'SO',
      'stttt-gia-lai': 'SO',
      'sgtvt-gia-lai': 'SO',
      'sxd-gia-lai': 'SO',
      'snnptnt-gia-lai': 'SO',
      'stnmt-gia-lai': 'SO',
    } as Record<string, string>,
    // Facts of 2023 (demo): the titles held the year before, set by the head; an open complaint, by the board.
    facts: [
      {
        memberCode: 'stttt-gia-lai',
        factId: 'TTLDXS',
        by: 'HEAD',
        reason: 'Quyết định công nhận danh hiệu năm 2022',
      },
      {
        memberCode: 'bqlkkt-gia-lai',
        factId: 'TTLDXS',
        by: 'HEAD',
        reason: 'Quyết định công nhận danh hiệu năm 2022',
      },
      {
        memberCode: 'snnptnt-gia-lai',
        factId: 'UNDER_REVIEW',
        by: 'BOARD',
        reason: 'Đơn thư đang được xác minh, chưa có kết luận',
      },
    ] as DemoFact[],
    // A member that did not register its emulation title (fixed deduction TR4).
    fixedDeductions: [
      { memberCode: 'stnmt-gia-lai', id: 'TR4', reason: 'Không đăng ký danh hiệu thi đua năm 2023' },
    ],
  },
];

/** Sở Công Thương Gia Lai's self-scores against each group's regulation (demo, from its own report). */
export const GIA_LAI_SELF_SCORES = [
  { criterionId: '1.4', points: '20', note: '23 nhiệm vụ UBND tỉnh giao, đúng thời gian' },
  { criterionId: '1.5', points: '10', note: 'Không có hồ sơ giải quyết trễ hạn' },
  { criterionId: '2.1', points: '9', note: null },
  { criterionId: '2.2', points: '5', count: 2, note: null },
  { criterionId: '3', points: '14', note: null },
  { criterionId: 'II.1', points: '50', note: 'Không có hồ sơ quá hạn' },
  { criterionId: 'II.3', points: '45', note: null },
  { criterionId: 'III.1', points: '45', note: null },
  { criterionId: 'III.2', points: '50', note: null },
  { criterionId: 'IV', points: '140', note: null },
];

/** The report's own date is not in the document; before both groups' H1 deadlines (20/6 and 25/6). */
export const GIA_LAI_SUBMITTED_AT = '2023-06-15T09:00:00+07:00';
