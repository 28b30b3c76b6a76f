import { viVN as coreViVN } from '@mui/material/locale';
import { createTheme } from '@mui/material/styles';

// Vietnamese widget texts (MUI's viVN), a visible focus ring on every control, AA contrast colours.
export const theme = createTheme(
  {
    palette: {
      primary: { main: '#0b5394' },
      secondary: { main: '#a61c00' },
      // MUI's own success and warning greens and oranges fall under 4.5:1 on a selected (grey) row.
      success: { main: '#1b5e20' },
      warning: { main: '#8a4b00' },
      background: { default: '#f5f7fa' },
    },
    typography: {
      fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      button: { textTransform: 'none' }, // upper-cased Vietnamese with its diacritics reads poorly
    },
    components: {
      MuiCssBaseline: {
        styleOverrides: {
          ':focus-visible': { outline: '3px solid #f1a208', outlineOffset: '2px' },
        },
      },
      MuiButtonBase: { defaultProps: { disableRipple: true } },
    },
  },
  coreViVN,
);
