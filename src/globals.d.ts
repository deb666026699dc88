/** Replaced at build time with the package version. */
declare const __SCALEV_VERSION__: string;
