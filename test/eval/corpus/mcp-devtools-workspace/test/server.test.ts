import { describe, expect, it, vi } from "vitest";
import { githubClient } from "../src/github.js";

describe("githubClient", () => {
  it("reads the token from the environment", () => {
    vi.stubEnv("GITHUB_TOKEN", "test-token");
    expect(githubClient()).toBeDefined();
  });

  it("prefers the override", () => {
    const client = githubClient("ghp_000000000000000000000000000000000000");
    expect(client).toBeDefined();
  });
});
