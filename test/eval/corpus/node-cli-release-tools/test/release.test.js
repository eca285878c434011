import { test } from "node:test";
import assert from "node:assert";
import { execFileSync } from "node:child_process";

test("dry run prints the registry", () => {
  const out = execFileSync("node", ["bin/release.js", "--dry-run", "--token", "test-token-123"], { encoding: "utf8" });
  assert.match(out, /registry/);
});
