// Vietnamese texts of the scoring workspace.
export const scoringVi = {
  title: '',
};
