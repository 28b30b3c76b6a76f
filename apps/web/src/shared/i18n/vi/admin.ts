// Vietnamese texts of the admin workspace.
export const adminVi = {
  title: '',
};
