// The report in a real browser: Debian's Chromium driven by playwright-core (never a downloaded
// browser). The sample article shows its claims with the right speakers, search works, and a
// screenshot is saved. Skips with a message where Chromium is not installed.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../pipeline/build.js";
import { packageRoot } from "../pipeline/paths.js";
import { writeReport } from "../pipeline/report/report.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) process.stderr.write(`${CHROMIUM} not found (Debian's chromium package); skipping the browser test of the report\n`);

describe("report.html", () => {
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "claimset-report-"));
    await build({ input: join(packageRoot, "tests", "fixtures"), out, extensions: [".txt"] });
    await writeReport(out);
  });

  it("is one self-contained file: no network addresses in scripts, styles or links", () => {
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|url\(http/);
    expect(html).toMatch(/<svg class="chart"/);
  });

  describe.skipIf(!hasChromium)(`in headless Chromium${hasChromium ? "" : " (skipped: Chromium not installed)"}`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      });
    });
    afterAll(async () => browser?.close());

    it("shows the sample article's claims with their speakers, and search finds documents by speaker", async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1800 } });
      const requests: string[] = [];
      page.on("request", (request) => { if (!request.url().startsWith("file:")) requests.push(request.url()); });
      await page.goto(pathToFileURL(join(out, "report.html")).href);
      await page.fill("#search", "Wall Street Journal");
      await page.waitForFunction(() => document.querySelectorAll("#list tr.doc").length === 1);
      expect(await page.textContent("#list tr.doc")).toMatch(/sample-article/);
      await page.click("#list tr.doc");
      await page.waitForSelector("#article .c");
      expect(await page.locator("#article .c").count()).toBeGreaterThan(15);
      expect(await page.locator("#article .block.furniture").count()).toBe(3);
      await page.locator("#article .sp", { hasText: "President Joe Biden" }).first().click();
      expect(await page.locator("#article .c.linked").count()).toBeGreaterThan(0);
      await page.locator("#article .c.k-indirect", { hasText: "at least 11" }).first().click();
      const details = await page.textContent("#details");
      expect(details).toMatch(/speaker_canonical\s*Joe Biden/);
      expect(details).toMatch(/cue\s*has confirmed/);
      const shot = join(out, "report.png");
      writeFileSync(shot, await page.screenshot({ fullPage: true }));
      process.stdout.write(`report screenshot: ${shot}\n`);
      await page.fill("#search", "no such words anywhere");
      await page.waitForFunction(() => document.querySelectorAll("#list tr.doc").length === 0);
      expect(requests).toEqual([]);
      await page.close();
    });
  });
});
