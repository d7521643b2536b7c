import { createTheme } from '@mantine/core';

// Teal reads as "care" and keeps enough contrast for text on white; sizes are in rem so the
// whole interface grows with the zoom and the system font size.
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif',
  focusRing: 'auto',
  cursorType: 'pointer',
  // People who ask their system for less motion get no animations.
  respectReducedMotion: true,
});
