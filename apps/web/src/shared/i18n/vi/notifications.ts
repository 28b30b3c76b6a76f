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
    EXPLANATION_DUE: {
      soon: '{{group}}: còn {{days}} ngày đến hạn giải trình điểm chấm {{period}} ({{deadline}}). Đơn vị chưa đồng ý với điểm chấm thì giải trình trước hạn.',
      now: '{{group}}: hạn giải trình điểm chấm {{period}} là hôm nay ({{deadline}}).',
    },
    DOSSIER_DUE: {
      soon: '{{group}}: còn {{days}} ngày đến hạn nộp hồ sơ khen thưởng {{period}} ({{deadline}}).',
      now: '{{group}}: đã đến hạn nộp hồ sơ khen thưởng {{period}} ({{deadline}}).',
    },
    EXPLANATION_OPENED:
      '{{group}} đã mở thời hạn giải trình điểm chấm {{period}} đến {{deadline}}: đơn vị xem điểm chấm và giải trình nếu chưa đồng ý.',
    DOSSIER_RETURNED:
      'Cơ quan thi đua – khen thưởng trả lại hồ sơ khen thưởng {{period}} của {{group}} để hoàn thiện: {{reason}}',
    DECISION_RECORDED:
      'Cơ quan thi đua – khen thưởng đã ban hành quyết định khen thưởng {{period}} của {{group}}.',
    ELECTION_OPENED: '{{group}} đã mở bầu cụm/khối trưởng và cụm/khối phó năm sau: mời đơn vị bỏ phiếu.',
    COVENANT_PUBLISHED:
      '{{group}} đã ban hành giao ước thi đua năm {{year}}: mời đơn vị ký giao ước và đăng ký thi đua trước {{deadline}}.',
  },
};
