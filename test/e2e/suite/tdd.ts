// Typed access to the globals mocha's "tdd" interface installs while it loads each test file
// (the repo does not depend on @types/mocha; mocha itself comes from the e2e cache).
export interface TestContext {
  timeout(ms: number): void;
  skip(): never;
}
type Body = (this: TestContext) => void | Promise<void>;

interface TddGlobals {
  suite(title: string, body: () => void): void;
  test(title: string, body: Body): void;
  suiteSetup(body: Body): void;
  suiteTeardown(body: Body): void;
  setup(body: Body): void;
  teardown(body: Body): void;
}

const tdd = (): TddGlobals => globalThis as unknown as TddGlobals;

export const suite = (title: string, body: () => void): void => tdd().suite(title, body);
export const test = (title: string, body: Body): void => tdd().test(title, body);
export const suiteSetup = (body: Body): void => tdd().suiteSetup(body);
export const suiteTeardown = (body: Body): void => tdd().suiteTeardown(body);
export const setup = (body: Body): void => tdd().setup(body);
export const teardown = (body: Body): void => tdd().teardown(body);
