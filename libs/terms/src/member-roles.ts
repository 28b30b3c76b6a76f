// A member's role in its group for one year, as documents and pages name it (GLOSSARY.md).

export const MEMBER_ROLES = ['HEAD', 'DEPUTY', 'MEMBER'] as const;
export type MemberRoleName = (typeof MEMBER_ROLES)[number];

/** "Cụm/khối trưởng": the group's kind is not known where the name is shown. */
export const MEMBER_ROLE_NAMES: Record<MemberRoleName, string> = {
  HEAD: 'Cụm/khối trưởng',
  DEPUTY: 'Cụm/khối phó',
  MEMBER: 'Thành viên',
};

/** Lower case, inside a sentence: "cụm/khối trưởng không chấm tiêu chí này". */
export const memberRoleInSentence = (role: MemberRoleName) => MEMBER_ROLE_NAMES[role].toLowerCase();
