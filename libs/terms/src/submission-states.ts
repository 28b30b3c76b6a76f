// Where a member's report is in its life: written, sent, sent back, taken in (DESIGN.md).

export const SUBMISSION_STATES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'] as const;
export type SubmissionStateName = (typeof SUBMISSION_STATES)[number];

export const SUBMISSION_STATE_NAMES: Record<SubmissionStateName, string> = {
  DRAFT: 'Bản nháp',
  SUBMITTED: 'Đã nộp',
  RETURNED: 'Bị trả lại',
  ACCEPTED: 'Đã tiếp nhận',
};
