const { test } = require("node:test");
const assert = require("node:assert");
const { seal, open } = require("../src/tokens");

test("seal/open round trip", () => {
  assert.equal(open(seal("4242")), "4242");
});
