// The membership form's category: a choice (unchanged, none, a category already in use) or a new one typed.
// Pure: what setMembership is sent, tested without a DOM.

/** The choice "no category" (setMembership's `category: null`); the empty choice leaves it unchanged. */
export const NO_CATEGORY = '∅';

/** The categories already given to members of these groups this year, sorted: the form's choices. */
export function categoriesInUse(groups: { members: { category?: string | null }[] }[]): string[] {
  const all = new Set(groups.flatMap((g) => g.members.flatMap((m) => (m.category ? [m.category] : []))));
  return [...all].sort((a, b) => a.localeCompare(b, 'vi'));
}

/**
 * setMembership's category argument: a typed new category wins; "no category" clears it (null); the empty
 * choice sends nothing, so the membership keeps the category it has (the API reads an absent one so).
 */
export function categoryArgument(choice: string, typed: string): { category?: string | null } {
  const fresh = typed.trim();
  if (fresh) return { category: fresh };
  if (choice === NO_CATEGORY) return { category: null };
  return choice ? { category: choice } : {};
}
