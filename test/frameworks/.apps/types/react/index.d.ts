/**
 * The part of `@types/react` 19 this check needs, with the same shape where it matters: a
 * `React.JSX` namespace that `scalev-elements/jsx` augments (`declare module 'react'`), and a
 * `react/jsx-runtime` whose `JSX` extends it. The project does not install `@types/react`;
 * `run.mjs --real-react-types <dir>` runs the same check against the real package.
 */
export = React;
export as namespace React;

declare namespace React {
  type Key = string | number | bigint;
  interface RefObject<T> {
    current: T;
  }
  type RefCallback<T> = (instance: T | null) => void | (() => void);
  type Ref<T> = RefCallback<T> | RefObject<T | null> | null;
  interface ReactElement<P = unknown> {
    type: unknown;
    props: P;
    key: string | null;
  }
  type ReactNode = ReactElement | string | number | bigint | boolean | null | undefined | Iterable<ReactNode>;
  type SetStateAction<S> = S | ((previous: S) => S);
  type Dispatch<A> = (value: A) => void;
  function useState<S>(initial: S | (() => S)): [S, Dispatch<SetStateAction<S>>];
  function useRef<T>(initial: T): RefObject<T>;
  function useEffect(effect: () => void | (() => void), deps?: readonly unknown[]): void;
  const Fragment: unique symbol;

  interface Attributes {
    key?: Key | null;
  }
  interface RefAttributes<T> extends Attributes {
    ref?: Ref<T>;
  }
  interface CSSProperties {
    [property: string]: string | number | undefined;
  }
  interface DOMAttributes<T> {
    children?: ReactNode;
    onClick?: (event: MouseEvent & { currentTarget: T }) => void;
  }
  interface HTMLAttributes<T> extends DOMAttributes<T> {
    id?: string;
    className?: string;
    hidden?: boolean;
    lang?: string;
    style?: CSSProperties;
    role?: string;
    tabIndex?: number;
    title?: string;
  }
  type DetailedProps<A, T> = A & RefAttributes<T>;

  function createElement(type: unknown, props?: unknown, ...children: ReactNode[]): ReactElement;

  namespace JSX {
    type ElementType = string | ((props: any) => ReactNode);
    interface Element extends ReactElement<any> {}
    interface ElementClass {
      render(): ReactNode;
    }
    interface ElementAttributesProperty {
      props: {};
    }
    interface ElementChildrenAttribute {
      children: {};
    }
    type LibraryManagedAttributes<C, P> = P;
    interface IntrinsicAttributes extends React.Attributes {}
    interface IntrinsicClassAttributes<T> extends React.RefAttributes<T> {}
    interface IntrinsicElements {
      div: DetailedProps<HTMLAttributes<HTMLDivElement>, HTMLDivElement>;
      main: DetailedProps<HTMLAttributes<HTMLElement>, HTMLElement>;
      section: DetailedProps<HTMLAttributes<HTMLElement>, HTMLElement>;
      p: DetailedProps<HTMLAttributes<HTMLParagraphElement> & { 'data-testid'?: string }, HTMLParagraphElement>;
      span: DetailedProps<HTMLAttributes<HTMLSpanElement>, HTMLSpanElement>;
      button: DetailedProps<HTMLAttributes<HTMLButtonElement> & { type?: 'button' | 'submit' | 'reset'; disabled?: boolean }, HTMLButtonElement>;
      output: DetailedProps<HTMLAttributes<HTMLOutputElement>, HTMLOutputElement>;
      strong: DetailedProps<HTMLAttributes<HTMLElement>, HTMLElement>;
    }
  }
}
