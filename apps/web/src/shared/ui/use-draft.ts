import { useEffect, useState } from 'react';

/**
 * Text the user is typing, kept in sessionStorage: when the session ends mid-way and the user signs in
 * again in the same tab, the form comes back as it was.
 */
export function useDraft(key: string, initial = ''): [string, (value: string) => void, () => void] {
  const storageKey = `thidua.draft.${key}`;
  const [value, setValue] = useState(() => sessionStorage.getItem(storageKey) ?? initial);
  useEffect(() => {
    sessionStorage.setItem(storageKey, value);
  }, [storageKey, value]);
  const discard = () => sessionStorage.removeItem(storageKey);
  return [value, setValue, discard];
}
