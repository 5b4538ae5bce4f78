// Browser test of the workbench: headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core)
// runs a curated query in the editor and sees rows, opens /graph for a person and sees nodes drawn (and
// expands one by clicking it), opens the person's page and sees the mention highlighted in its sentence.
// It also checks that no page loads anything from another server. Screenshots go to target/screenshots/.
//
// Server: NEWSKG_URL if set (any store, e.g. `newskg demo`), else the fixture store started with
// java -cp target/classes:target/test-classes:target/lib/* (run `mvn package` first). Browser: CHROMIUM or /usr/bin/chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const shots = path.join(root, "target", "screenshots");
const TIMEOUT = 60_000;
let base, serverProc, context, userDataDir;
const foreign = [];

async function startFixtureServer() {
  const sep = process.platform === "win32" ? ";" : ":";
  const cp = process.env.NEWSKG_CP || ["target/classes", "target/test-classes", "target/lib/*"].map((p) => path.join(root, p)).join(sep);
  if (!existsSync(path.join(root, "target", "test-classes", "org", "newskg", "serve", "web", "WorkbenchFixtureServer.class")))
    throw new Error("build first: mvn package (target/test-classes has no WorkbenchFixtureServer)");
  serverProc = spawn("java", ["-Dfile.encoding=UTF-8", "-cp", cp, "org.newskg.serve.web.WorkbenchFixtureServer"], { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
  return await new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error("fixture server did not start in time")), TIMEOUT);
    serverProc.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/^(http:\/\/127\.0\.0\.1:\d+\/)\s*$/m);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    serverProc.on("exit", (code) => reject(new Error(`fixture server exited with ${code}`)));
  });
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  base = process.env.NEWSKG_URL ? process.env.NEWSKG_URL.replace(/\/?$/, "/") : await startFixtureServer();
  userDataDir = mkdtempSync(path.join(tmpdir(), "newskg-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
    viewport: { width: 1400, height: 900 },
    locale: "zh-CN",
  });
  context.setDefaultTimeout(TIMEOUT);
  context.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(base) && !u.startsWith("data:") && !u.startsWith("blob:")) foreign.push(u);
  });
}, { timeout: 2 * TIMEOUT });

after(async () => {
  if (context) await context.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  if (serverProc) { serverProc.stdin.end(); serverProc.kill(); }
});

async function openPage(url) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(new URL(url, base).href);
  return { page, errors };
}

async function json(p) {
  const r = await fetch(new URL(p, base));
  assert.equal(r.status, 200, `${p}: HTTP ${r.status}`);
  return r.json();
}

test("a curated query runs in the editor and shows rows", { timeout: 4 * TIMEOUT }, async () => {
  const { page, errors } = await openPage("/");
  await page.waitForSelector("body[data-editor]");
  assert.equal(await page.getAttribute("body", "data-editor"), "yasgui", "the YASGUI editor is installed (build with npm)");
  assert.equal(await page.evaluate(() => document.characterSet), "UTF-8");
  await page.waitForSelector(".CodeMirror"); // the editor with syntax highlighting
  const names = await page.$$eval("#queries button[data-query]", (bs) => bs.map((b) => b.dataset.query));
  assert.ok(names.length > 0, "curated queries are listed");
  const rows = {};
  for (const name of names) {
    await page.click(`#queries button[data-query="${name}"]`);
    await page.waitForFunction((n) => document.body.dataset.lastQuery === n && document.body.dataset.rows !== undefined, name);
    rows[name] = Number(await page.getAttribute("body", "data-rows"));
  }
  const withRows = names.filter((n) => rows[n] > 0);
  assert.ok(withRows.length > 0, `some curated query returns rows: ${JSON.stringify(rows)}`);
  await page.click(`#queries button[data-query="${withRows[0]}"]`);
  await page.waitForFunction((n) => document.body.dataset.lastQuery === n && Number(document.body.dataset.rows) > 0, withRows[0]);
  const shown = await page.locator(".yasr table tbody tr").count();
  assert.ok(shown > 0, "the result table shows rows");
  await page.screenshot({ path: path.join(shots, "editor.png") });
  assert.deepEqual(errors, []);
});

test("the graph of a person draws nodes and expands on click", { timeout: 3 * TIMEOUT }, async () => {
  const [person] = await json("/api/search?type=Person&limit=1");
  assert.ok(person, "the store has a person");
  const { page, errors } = await openPage("/graph?entity=" + encodeURIComponent(person.iri));
  await page.waitForFunction(() => Number(document.body.dataset.nodes) > 1);
  const before = Number(await page.getAttribute("body", "data-nodes"));
  assert.equal(await page.locator("#cy canvas").count() > 0, true, "cytoscape drew on a canvas");
  await page.screenshot({ path: path.join(shots, "graph.png") });
  // click the neighbour with the most articles: its details appear and its own neighbours are added
  const target = await page.evaluate((centre) => {
    const cy = window.workbench.cy;
    const n = cy.nodes().filter((x) => x.id() !== centre).sort((a, b) => b.data("mentions") - a.data("mentions"))[0];
    const p = n.renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y, label: n.data("label") };
  }, person.iri);
  await page.mouse.click(target.x, target.y);
  await page.waitForFunction((l) => document.querySelector("#details h3")?.textContent.includes(l), target.label);
  await page.waitForTimeout(1500);
  const after = Number(await page.getAttribute("body", "data-nodes"));
  assert.ok(after >= before, "expanding never removes nodes");
  const downloads = await page.locator("#downloads a, #downloads button").count();
  assert.ok(downloads > 0, "download buttons are offered");
  assert.deepEqual(errors, []);
});

test("entity pages highlight the mention in its sentence", { timeout: 4 * TIMEOUT }, async () => {
  // the three most mentioned people, and the organisation and place most mentioned with the first
  const people = await json("/api/search?type=Person&limit=3");
  assert.ok(people.length > 0, "the store has a person");
  const first = await json("/api/entity?iri=" + encodeURIComponent(people[0].iri));
  const others = ["Organization", "Place"].map((t) => first.related.find((r) => r.type === t)).filter(Boolean);
  let n = 0;
  for (const ref of [...people, ...others]) {
    const entity = await json("/api/entity?iri=" + encodeURIComponent(ref.iri));
    const { page, errors } = await openPage(ref.page);
    await page.waitForSelector("body[data-loaded]");
    assert.equal((await page.textContent("h1")).includes(entity.label), true);
    const marks = await page.$$eval("article blockquote mark", (ms) => ms.map((m) => m.textContent));
    assert.ok(marks.length > 0, `${entity.label}: a highlighted sentence is shown`);
    assert.ok(marks.every((m) => m.trim().length > 0), "no empty mark");
    // the highlighted text is what the store says was mentioned at those offsets
    const mentioned = new Set(entity.articles.flatMap((a) => a.snippets.flatMap((s) => s.highlights.map(([b, e]) => s.text.slice(b, e)))));
    assert.ok(marks.every((m) => mentioned.has(m)), `${entity.label}: marks ${marks} are mentions ${[...mentioned]}`);
    if (entity.type === "Person") assert.ok(marks.some((m) => m === entity.label || entity.altLabels.includes(m)), `${entity.label}: a mark is the name`);
    if (entity.posts.length) assert.ok((await page.locator("section table tbody tr").count()) > 0, "posts are listed");
    if (entity.type === "Place" && entity.chain && entity.chain.length) assert.ok(await page.locator(".chain a").count() > 0, "the place chain is shown");
    await page.screenshot({ path: path.join(shots, `entity-${n++}.png`), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test("nothing was loaded from another server", () => {
  assert.deepEqual(foreign, []);
});
