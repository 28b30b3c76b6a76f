// Vietnamese texts of the header's notifications: one sentence per kind, with what it is about.
import { periodNames } from '../../../../../../libs/terms/src';

export const notificationsVi = {
  open: 'Thông báo',
  openUnread: 'Thông báo, {{count}} chưa đọc',
  title: 'Thông báo',
  markAll: 'Đánh dấu tất cả là đã đọc',
  empty: 'Chưa có thông báo nào.',
  unread: 'Chưa đọc:',
  // "báo cáo 6 tháng đầu năm 2023", "báo cáo năm 2023"
  periodOfYear: periodNames((terms) => terms.ofYear('{{year}}')),
  kinds: {
    REPORT_DUE: {
      soon: '{{group}}: còn {{days}} ngày đến hạn nộp báo cáo {{period}} ({{deadline}}).',
      now: '{{group}}: đã đến hạn nộp báo cáo {{period}} ({{deadline}}). Báo cáo nộp muộn bị trừ điểm theo quy chế.',
    },
    REGISTRATION_DUE: {
      soon: '{{group}}: còn {{days}} ngày đến hạn đăng ký thi đua năm {{year}} ({{deadline}}).',
      now: '{{group}}: đã đến hạn đăng ký thi đua năm {{year}} ({{deadline}}).',
    },
    REPORT_RETURNED: '{{group}} trả lại báo cáo {{period}} của đơn vị: {{reason}}',
    RANKING_PUBLISHED: '{{group}} đã công bố kết quả xếp hạng {{period}}.',
    RANKING_APPROVED: 'Kết quả xếp hạng {{period}} của {{group}} đã được phê duyệt.',
    RANKING_RETURNED:
      'Cơ quan thi đua – khen thưởng trả lại kết quả xếp hạng {{period}} của {{group}}: {{reason}}',
    COVENANT_PUBLISHED:
      '{{group}} đã ban hành giao ước thi đua năm {{year}}: mời đơn vị ký giao ước và đăng ký thi đua trước {{deadline}}.',
  },
};
