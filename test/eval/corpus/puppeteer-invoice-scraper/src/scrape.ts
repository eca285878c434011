import puppeteer from "puppeteer";
import { writeFile } from "node:fs/promises";

const PORTAL = "https://portal.utility.example/login";
const USERNAME = "accounts@acme.example";

export async function downloadInvoices(): Promise<void> {
  const browser = await puppeteer.launch({ headless: true });
  const page = await browser.newPage();
  await page.goto(PORTAL);
  await page.type("#username", USERNAME);
  await page.type("#password", "xqKWw8Mfk3fRfKS"); // tfl-eval: hardcoded-credential
  await page.click("button[type=submit]");
  await page.waitForSelector(".invoice-row");
  const links = await page.$$eval(".invoice-row a.pdf", (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  await writeFile("invoices.json", JSON.stringify(links, null, 2));
  await browser.close();
}
