// The Mocha globals web-test-runner provides in the browser (no @types/mocha is installed).
// Function + namespace declarations, so another declaration of the same globals merges instead of clashing.
type MochaTestFn = (this: unknown) => void | Promise<unknown>;

declare function describe(title: string, fn: () => void): void;
declare namespace describe {
  function only(title: string, fn: () => void): void;
  function skip(title: string, fn: () => void): void;
}
declare function it(title: string, fn?: MochaTestFn): void;
declare namespace it {
  function only(title: string, fn?: MochaTestFn): void;
  function skip(title: string, fn?: MochaTestFn): void;
}
declare function before(fn: MochaTestFn): void;
declare function after(fn: MochaTestFn): void;
declare function beforeEach(fn: MochaTestFn): void;
declare function afterEach(fn: MochaTestFn): void;
