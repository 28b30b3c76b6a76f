// Next year's head and deputy (issue 11.6): how the year-end election stands and how its result was reached.

export const ELECTION_STATES = ['OPEN', 'CLOSED'] as const;
export type ElectionStateName = (typeof ELECTION_STATES)[number];

export const ELECTION_STATE_NAMES: Record<ElectionStateName, string> = {
  OPEN: 'Đang bỏ phiếu',
  CLOSED: 'Đã có kết quả',
};

/** VOTE: counted from the members' ballots; RECORDED: the platform admin entered the meeting's result. */
export const SUCCESSION_METHODS = ['VOTE', 'RECORDED'] as const;
export type SuccessionMethodName = (typeof SUCCESSION_METHODS)[number];

export const SUCCESSION_METHOD_NAMES: Record<SuccessionMethodName, string> = {
  VOTE: 'Các thành viên bỏ phiếu',
  RECORDED: 'Quản trị viên ghi nhận kết quả hội nghị',
};
