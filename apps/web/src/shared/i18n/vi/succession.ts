import { SUCCESSION_METHOD_NAMES } from '../../../../../../libs/terms/src';

// Vietnamese texts of next year's election (issue 11.6): ballots, closing and handover, the admin's record,
// next year's draft regulation.
export const successionVi = {
  title: 'Bầu cụm/khối trưởng, cụm/khối phó năm {{year}}',
  none: 'Chưa mở bầu cụm/khối trưởng, cụm/khối phó năm {{year}}.',
  noneHead:
    'Tại hội nghị tổng kết, sau khi công bố kết quả kỳ tổng kết năm, cụm/khối trưởng mở bầu để các thành viên chọn cụm/khối trưởng, cụm/khối phó năm {{year}}.',
  open: 'Mở bầu',
  opened: 'Mở bầu ngày {{date}}. Phiếu bầu kín: số phiếu chỉ công bố khi kết thúc bầu.',
  turnout: 'Đã bỏ phiếu: {{voted}}/{{total}} đơn vị. Chưa bỏ phiếu: {{missing}}.',
  nobody: 'không còn đơn vị nào',
  ballot: {
    title: 'Phiếu bầu của đơn vị',
    head: 'Cụm/khối trưởng năm {{year}}',
    deputy: 'Cụm/khối phó năm {{year}}',
    cast: 'Bỏ phiếu',
    replace: 'Thay phiếu bầu',
    mine: 'Đơn vị đã bầu {{head}} làm cụm/khối trưởng và {{deputy}} làm cụm/khối phó (ngày {{date}}). Có thể thay phiếu đến khi kết thúc bầu.',
    choose: 'Hãy chọn cả cụm/khối trưởng và cụm/khối phó.',
    same: 'Cụm/khối trưởng và cụm/khối phó phải là hai đơn vị khác nhau.',
    saved: 'Đã ghi nhận phiếu bầu của đơn vị.',
  },
  tally: {
    head: 'Số phiếu bầu cụm/khối trưởng',
    deputy: 'Số phiếu bầu cụm/khối phó',
    candidate: 'Đơn vị',
    votes: 'Số phiếu',
    none: 'Chưa có phiếu bầu.',
  },
  close: {
    title: 'Kết thúc bầu và bàn giao',
    intro:
      'Đơn vị nhiều phiếu nhất trúng cử. Kết thúc bầu lập danh sách thành viên năm {{year}} (các đơn vị và nhóm đơn vị giữ nguyên), ghi nhận bàn giao và tạo dự thảo quy chế năm {{year}} từ quy chế năm nay.',
    tie: 'Khi số phiếu bằng nhau, chọn đơn vị trúng cử và ghi lý do:',
    byCount: 'Theo số phiếu',
    settleHead: 'Cụm/khối trưởng (khi bằng phiếu)',
    settleDeputy: 'Cụm/khối phó (khi bằng phiếu)',
    reason: 'Lý do',
    button: 'Kết thúc bầu',
    confirmTitle: 'Kết thúc bầu và bàn giao cho năm {{year}}',
    confirmText:
      'Sau khi kết thúc, không bỏ phiếu hay thay phiếu được nữa; danh sách thành viên năm {{year}} được lập theo kết quả.',
    confirm: 'Kết thúc bầu',
    cancel: 'Hủy',
  },
  handover: {
    title: 'Bàn giao',
    text: '{{outgoing}} bàn giao cho {{incoming}}, cụm/khối trưởng năm {{year}}; cụm/khối phó: {{deputy}}.',
    noOutgoing: 'Cụm/khối trưởng năm trước',
    recorded: 'Ngày bàn giao {{date}}, ghi nhận bởi {{by}} ({{account}}). Cách xác định: {{method}}.',
    reason: 'Lý do: {{reason}}',
    draft:
      'Dự thảo quy chế năm {{year}} đã sẵn sàng: cụm/khối trưởng mới chọn năm {{year}}, mục Chấm điểm → Quy chế để sửa và ban hành.',
    methods: SUCCESSION_METHOD_NAMES,
  },
  record: {
    title: 'Ghi nhận kết quả bầu cụm/khối trưởng năm {{year}}',
    intro:
      'Khi hội nghị bầu không qua cổng, ghi nhận kết quả theo biên bản: danh sách thành viên năm {{year}} và dự thảo quy chế được tạo như khi kết thúc bầu.',
    group: 'Cụm, khối thi đua',
    head: 'Cụm/khối trưởng năm {{year}}',
    deputy: 'Cụm/khối phó năm {{year}}',
    reason: 'Lý do, căn cứ (biên bản hội nghị…)',
    button: 'Ghi nhận và bàn giao',
    done: 'Đã ghi nhận: {{head}} là cụm/khối trưởng năm {{year}}.',
    missing: 'Hãy chọn cụm, khối, hai đơn vị khác nhau và ghi lý do.',
  },
  draft: {
    note: 'Dự thảo quy chế năm {{year}}, sao từ quy chế năm {{from}}: hãy sửa (số và ngày quyết định ban hành, hạn nộp…), kiểm tra rồi công bố.',
    save: 'Lưu dự thảo',
    saved: 'Đã lưu dự thảo quy chế.',
  },
};
