/**
 * Garden v9 theming: the host's color scheme (light|dark) drives `theme.colors.base`,
 * and a small global style paints the frame with Garden's own background/foreground
 * variables so dark mode covers the whole sidebar, not only the components.
 */
import type { ReactNode } from 'react';
import { createGlobalStyle } from 'styled-components';
import { DEFAULT_THEME, ThemeProvider, getColor, type IGardenTheme } from '@zendeskgarden/react-theming';
import type { ColorScheme } from '../host/port';

export function themeFor(scheme: ColorScheme): IGardenTheme {
  return { ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, base: scheme } };
}

const FrameStyle = createGlobalStyle`
  html, body {
    margin: 0;
    background-color: ${(p) => getColor({ theme: p.theme, variable: 'background.default' })};
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};
    font-family: ${(p) => p.theme.fonts.system};
    font-size: ${(p) => p.theme.fontSizes.md};
    color-scheme: ${(p) => p.theme.colors.base};
  }
`;

export function Themed({ scheme, children }: { scheme: ColorScheme; children: ReactNode }) {
  return (
    <ThemeProvider theme={themeFor(scheme)}>
      <FrameStyle />
      {children}
    </ThemeProvider>
  );
}
