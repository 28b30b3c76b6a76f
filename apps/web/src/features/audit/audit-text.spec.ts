import i18next from 'i18next';
import { initTestI18n } from '../../shared/i18n/testing';
import { describeEvent, type TrailEvent } from './audit-text';

initTestI18n();

const event = (patch: Partial<TrailEvent>): TrailEvent => ({
  id: '1',
  occurredAt: '2023-07-05T02:00:00Z',
  action: 'score.set',
  userName: 'Nguyễn Văn A',
  organizationName: 'Sở Công Thương tỉnh Lâm Đồng',
  memberName: 'Sở Công Thương tỉnh Gia Lai',
  criterionId: '1.4',
  reason: null,
  changes: [],
  ...patch,
});

describe('describeEvent', () => {
  const t = i18next.t.bind(i18next);

  it('says whose score changed, on which criterion, from what to what, in vi-VN numbers', () => {
    expect(describeEvent(t, event({ changes: [{ field: 'points', from: '8', to: '9.5' }] }))).toBe(
      'Sửa điểm Sở Công Thương tỉnh Gia Lai, tiêu chí 1.4: từ 8 thành 9,5 điểm',
    );
    expect(describeEvent(t, event({ changes: [{ field: 'points', from: null, to: '12' }] }))).toBe(
      'Chấm điểm Sở Công Thương tỉnh Gia Lai, tiêu chí 1.4: 12 điểm',
    );
    expect(describeEvent(t, event({}))).toBe('Sửa lý do chấm điểm Sở Công Thương tỉnh Gia Lai, tiêu chí 1.4');
  });

  it('names votes, returns, publication and review', () => {
    expect(describeEvent(t, event({ action: 'vote.cast' }))).toBe('Bỏ phiếu cho Sở Công Thương tỉnh Gia Lai');
    expect(describeEvent(t, event({ action: 'submission.return' }))).toBe(
      'Trả lại báo cáo của Sở Công Thương tỉnh Gia Lai',
    );
    expect(describeEvent(t, event({ action: 'ranking.publish' }))).toBe('Công bố kết quả xếp hạng');
    const review = (to: string) =>
      describeEvent(
        t,
        event({ action: 'ranking.review', changes: [{ field: 'reviewState', from: 'PENDING', to }] }),
      );
    expect(review('APPROVED')).toBe('Phê duyệt kết quả xếp hạng');
    expect(review('REJECTED')).toBe('Trả lại kết quả xếp hạng');
  });
});
