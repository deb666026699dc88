/** Custom Elements Manifest analyzer settings: Lit-aware, public element sources only. */
export default {
  globs: ['src/elements/**/*.ts', 'src/ui/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/strings.ts', 'src/mock/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
