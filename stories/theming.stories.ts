import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/elements/catalog/define.js';
import '../src/elements/product/define.js';
import '../src/elements/cart/define.js';
import { inMockStore } from './support/mock-store.js';

/*
 * The global design tokens (`--scalev-*`, defaults in `src/styles/host.ts`) as controls, set as CSS
 * custom properties on a wrapper around a buy box, an inline cart and a catalogue: exactly what a
 * merchant's stylesheet does. An empty control leaves the kit's default. The three example themes
 * of the demo (default, dark, brand) are stories.
 */

interface ThemingArgs {
  theme: '' | 'light' | 'dark' | 'auto';
  fontFamily: string;
  fontSize: string;
  colorPrimary: string;
  colorOnPrimary: string;
  colorAccent: string;
  colorText: string;
  colorSurface: string;
  colorBorder: string;
  radius: string;
  radiusSmall: string;
  spaceM: string;
  controlHeight: string;
  shadow: string;
  pageBackground: string;
}

const TOKEN_OF: Record<Exclude<keyof ThemingArgs, 'theme' | 'pageBackground'>, string> = {
  fontFamily: '--scalev-font-family',
  fontSize: '--scalev-font-size',
  colorPrimary: '--scalev-color-primary',
  colorOnPrimary: '--scalev-color-on-primary',
  colorAccent: '--scalev-color-accent',
  colorText: '--scalev-color-text',
  colorSurface: '--scalev-color-surface',
  colorBorder: '--scalev-color-border',
  radius: '--scalev-radius',
  radiusSmall: '--scalev-radius-small',
  spaceM: '--scalev-space-m',
  controlHeight: '--scalev-control-height',
  shadow: '--scalev-shadow',
};

function tokenStyles(args: ThemingArgs): Record<string, string> {
  const styles: Record<string, string> = { padding: '1.5rem', display: 'grid', gap: '2rem' };
  for (const [arg, token] of Object.entries(TOKEN_OF)) {
    const value = args[arg as keyof typeof TOKEN_OF].trim();
    if (value) styles[token] = value;
  }
  if (args.pageBackground) styles['background'] = args.pageBackground;
  if (args.colorText) styles['color'] = args.colorText;
  return styles;
}

const render = (args: ThemingArgs) =>
  inMockStore(
    html`<div style=${styleMap(tokenStyles(args))} data-theming-wrapper>
      <scalev-product slug="kopi-arabika-gayo" theme=${args.theme || nothing}></scalev-product>
      <scalev-cart mode="inline" theme=${args.theme || nothing}></scalev-cart>
      <scalev-catalog page-size="4" hide-filters theme=${args.theme || nothing}></scalev-catalog>
    </div>`,
    { theme: args.theme },
  );

const DEFAULTS: ThemingArgs = {
  theme: '',
  fontFamily: '',
  fontSize: '',
  colorPrimary: '',
  colorOnPrimary: '',
  colorAccent: '',
  colorText: '',
  colorSurface: '',
  colorBorder: '',
  radius: '',
  radiusSmall: '',
  spaceM: '',
  controlHeight: '',
  shadow: '',
  pageBackground: '',
};

const text = (token: string, fallback: string) => ({ control: 'text', description: `${token} (default ${fallback})` });
const colour = (token: string, fallback: string) => ({ control: 'color', description: `${token} (default ${fallback})` });

export default {
  title: 'Theming/Tokens',
  render,
  args: DEFAULTS,
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'], description: 'theme attribute: built-in dark palette, or follow the device (auto)' },
    fontFamily: text('--scalev-font-family', 'inherit'),
    fontSize: text('--scalev-font-size', '1rem'),
    colorPrimary: colour('--scalev-color-primary', '#0b6e4f'),
    colorOnPrimary: colour('--scalev-color-on-primary', '#ffffff'),
    colorAccent: colour('--scalev-color-accent', '#c2410c'),
    colorText: colour('--scalev-color-text', 'currentColor'),
    colorSurface: colour('--scalev-color-surface', '#ffffff'),
    colorBorder: colour('--scalev-color-border', 'currentColor at 18%'),
    radius: text('--scalev-radius', '10px'),
    radiusSmall: text('--scalev-radius-small', '6px'),
    spaceM: text('--scalev-space-m', '1rem'),
    controlHeight: text('--scalev-control-height', '2.75rem'),
    shadow: text('--scalev-shadow', 'a soft two-layer shadow'),
    pageBackground: colour('page background', 'none'),
  },
};

/** The kit's defaults: the host page's font and text colour, a green primary. */
export const Default = {};

/** `theme="dark"`: the built-in dark palette, on a dark page. */
export const Dark = { args: { theme: 'dark', pageBackground: '#030712', colorText: '#e5e7eb' } };

/** A brand: serif font, square corners, warm colours, no shadow (the demo's "brand" theme). */
export const Brand = {
  args: {
    fontFamily: "Georgia, 'Times New Roman', serif",
    colorPrimary: '#7c2d12',
    colorOnPrimary: '#fffbeb',
    colorAccent: '#b45309',
    colorSurface: '#fffbeb',
    colorBorder: '#e7c9a9',
    radius: '2px',
    radiusSmall: '0',
    shadow: 'none',
    pageBackground: '#fef3c7',
  },
};

/** `theme="auto"`: light or dark following the device's setting (`prefers-color-scheme`). */
export const FollowsTheDevice = { args: { theme: 'auto' } };

/** Larger type and controls for an older audience. */
export const LargeText = { args: { fontSize: '1.2rem', controlHeight: '3.25rem', spaceM: '1.25rem' } };
