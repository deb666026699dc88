// The part of `@types/react-dom` 19 the app uses.
export function flushSync<R>(fn: () => R): R;
