// Vietnamese texts of the audit workspace (Nhật ký).
import { periodNames } from '../../../../../../libs/terms/src';

export const auditVi = {
  title: 'Nhật ký',
  chain: {
    heading: 'Chuỗi nhật ký',
    intro:
      'Mỗi thao tác được ghi nối tiếp và khóa bằng mã băm: sửa hoặc xóa một dòng nhật ký ở bất kỳ đâu đều làm đứt chuỗi.',
    verify: 'Kiểm tra chuỗi nhật ký',
    verifying: 'Đang kiểm tra chuỗi nhật ký…',
    intact: 'Chuỗi nhật ký nguyên vẹn: đã kiểm tra {{count}} sự kiện lúc {{time}}.',
    broken:
      'Chuỗi nhật ký bị phá vỡ tại vị trí {{position}} (sự kiện mã {{eventId}}, ghi lúc {{time}}): {{problem}} Đã kiểm tra {{count}} sự kiện.',
    problem: {
      HASH_MISMATCH: 'nội dung sự kiện đã bị sửa sau khi ghi.',
      PREVIOUS_HASH_MISMATCH: 'sự kiện không còn nối với sự kiện liền trước (có dòng bị thay thế).',
      MISSING_SEQUENCE: 'thiếu sự kiện liền trước (có dòng nhật ký bị xóa).',
    },
  },
  trail: {
    heading: 'Nhật ký xếp hạng',
    kind: periodNames((terms) => terms.name),
    noGroups: 'Không có cụm, khối thi đua nào có kết quả xếp hạng năm {{year}} để xem nhật ký.',
    empty: 'Chưa có thao tác nào được ghi cho kỳ này.',
    caption: 'Nhật ký {{group}}, {{period}} {{year}}',
    time: 'Thời gian',
    user: 'Người thực hiện',
    organization: 'Đơn vị',
    content: 'Nội dung',
    reason: 'Lý do',
    system: 'Hệ thống',
    more: 'Tải thêm nhật ký',
    loadingMore: 'Đang tải thêm…',
    action: {
      scoreNew: 'Chấm điểm {{member}}, tiêu chí {{criterion}}: {{to}} điểm',
      scoreChange: 'Sửa điểm {{member}}, tiêu chí {{criterion}}: từ {{from}} thành {{to}} điểm',
      scoreReason: 'Sửa lý do chấm điểm {{member}}, tiêu chí {{criterion}}',
      vote: 'Bỏ phiếu cho {{member}}',
      return: 'Trả lại báo cáo của {{member}}',
      publish: 'Công bố kết quả xếp hạng',
      approve: 'Phê duyệt kết quả xếp hạng',
      reject: 'Trả lại kết quả xếp hạng',
      other: 'Thao tác {{action}}',
    },
  },
};
