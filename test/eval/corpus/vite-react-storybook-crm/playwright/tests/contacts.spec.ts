import { expect } from "@playwright/test";
import { test } from "../fixtures/auth";

test("lists contacts after login", async ({ page, loggedIn }) => {
  await page.goto("/contacts");
  await expect(page.getByRole("heading", { name: "Contacts" })).toBeVisible();
});
