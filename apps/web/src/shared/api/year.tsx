// The year the user works on, chosen in the header and read by every workspace.
import { createContext, type ReactNode, useContext, useState } from 'react';

const STORAGE_KEY = 'thidua.year';
const FIRST_YEAR = 2023; // the portal's records start with the 2023 cycle

/** Years offered in the selector: the current one back to the first year with records. */
export function selectableYears(now = new Date()): number[] {
  const years: number[] = [];
  for (let y = now.getFullYear(); y >= FIRST_YEAR; y--) years.push(y);
  return years;
}

/** The header's years: next year first, which its new head prepares (the draft regulation), then the others. */
export function headerYears(now = new Date()): number[] {
  return [now.getFullYear() + 1, ...selectableYears(now)];
}

const YearContext = createContext<{ year: number; setYear: (year: number) => void } | null>(null);

export function YearProvider({ children }: { children: ReactNode }) {
  const [year, setYearState] = useState(() => {
    const saved = Number(sessionStorage.getItem(STORAGE_KEY));
    return headerYears().includes(saved) ? saved : new Date().getFullYear();
  });
  const setYear = (next: number) => {
    sessionStorage.setItem(STORAGE_KEY, String(next));
    setYearState(next);
  };
  return <YearContext.Provider value={{ year, setYear }}>{children}</YearContext.Provider>;
}

export function useYear() {
  const context = useContext(YearContext);
  if (!context) throw new Error('useYear outside YearProvider');
  return context;
}
