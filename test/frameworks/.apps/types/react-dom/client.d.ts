// The part of `@types/react-dom/client` 19 the app uses.
import type { ReactNode } from 'react';

export interface Root {
  render(children: ReactNode): void;
  unmount(): void;
}
export function createRoot(container: Element | DocumentFragment): Root;
