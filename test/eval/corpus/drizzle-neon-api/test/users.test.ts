import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../src/auth";

describe("password hashing", () => {
  it("verifies what it hashed", async () => {
    const hash = await hashPassword("hunter2-but-longer"); // tfl-eval-not: hardcoded-credential
    expect(await verifyPassword("hunter2-but-longer", hash)).toBe(true);
  });
});
