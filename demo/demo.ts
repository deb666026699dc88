/** Demo page controls: theme and language pickers (no inline handlers: the demo runs under a strict CSP too). */
const store = document.getElementById('store');
const themeSelect = document.getElementById('theme-select') as HTMLSelectElement | null;
const localeSelect = document.getElementById('locale-select') as HTMLSelectElement | null;

function applyTheme(theme: string): void {
  document.documentElement.dataset['theme'] = theme;
  store?.setAttribute('theme', theme === 'dark' ? 'dark' : 'light');
  localStorage.setItem('demo-theme', theme);
}

function applyLocale(locale: string): void {
  document.documentElement.lang = locale;
  store?.setAttribute('locale', locale);
  localStorage.setItem('demo-locale', locale);
}

const savedTheme = localStorage.getItem('demo-theme') ?? 'default';
const savedLocale = localStorage.getItem('demo-locale') ?? 'id';
if (themeSelect) {
  themeSelect.value = savedTheme;
  themeSelect.addEventListener('change', () => applyTheme(themeSelect.value));
}
if (localeSelect) {
  localeSelect.value = savedLocale;
  localeSelect.addEventListener('change', () => applyLocale(localeSelect.value));
}
applyTheme(savedTheme);
applyLocale(savedLocale);

for (const name of ['scalev-add-to-cart', 'scalev-cart-change', 'scalev-order-created', 'scalev-login', 'scalev-logout', 'scalev-error'] as const) {
  document.addEventListener(name, (event) => console.info(`[demo] ${name}`, (event as CustomEvent).detail));
}
