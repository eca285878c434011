import { describe, expect, it } from "vitest";
import { resolvers } from "../resolvers";

describe("signedUrl", () => {
  it("signs with the partner key", () => {
    process.env.PARTNER_SIGNING_KEY = "test-signing-key"; // tfl-eval-not: hardcoded-credential
    const url = (resolvers.Query as any).signedUrl({}, { path: "/a" });
    expect(url).toContain("?sig=");
  });
});
