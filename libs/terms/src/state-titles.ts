// The State's emulation titles for a collective (Luật Thi đua, khen thưởng 2022), which members register for
// at the start of the year beside their group's own awards.

export const STATE_TITLES = [
  { id: 'TTLDTT', title: 'Tập thể lao động tiên tiến' },
  { id: 'TTLDXS', title: 'Tập thể lao động xuất sắc' },
] as const;
