// Vietnamese texts of the review workspace.
export const reviewVi = {
  title: '',
};
