// The SPARQL editor page: YASGUI (npm @zazuko/yasgui, served from /vendor) on this server's read-only
// endpoint, the curated queries one click away, results as a table, downloads as CSV and JSON.
import { api, el, loadScript, loadStyle, notice, wireSearch, download } from "./common.mjs";

const NK_PREFIXES = {
  nk: "https://w3id.org/newskg/ns#",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  schema: "https://schema.org/",
  org: "http://www.w3.org/ns/org#",
  prov: "http://www.w3.org/ns/prov#",
  foaf: "http://xmlns.com/foaf/0.1/",
};

const START = Object.entries(NK_PREFIXES).map(([p, ns]) => `PREFIX ${p}: <${ns}>`).join("\n") + `

# 人物及其职务 / people and the posts they hold
SELECT ?person ?name ?title ?orgName (COUNT(DISTINCT ?article) AS ?articles) WHERE {
  ?m a nk:Membership ; org:member ?person ; org:organization ?org ; nk:title ?title ; prov:wasDerivedFrom ?article .
  ?person rdfs:label ?name . ?org rdfs:label ?orgName .
}
GROUP BY ?person ?name ?title ?orgName
ORDER BY DESC(?articles) ?name
LIMIT 100
`;

let editor; // { getQuery(), run(query, name) }
let currentName = "query";
const status = await api("/api/status");
const endpoint = location.origin + status.sparql;
document.getElementById("endpoint").textContent = status.sparql;
const c = status.counts;
document.getElementById("counts").textContent =
  `库中 in the store: ${c.Article} 篇文章 articles · ${c.Person} 人物 · ${c.Place} 地点 · ${c.Organization} 机构 · ${c.Membership} 任职`;
wireSearch(status.idNamespace);

if (status.vendor.yasgui) {
  editor = await yasguiEditor();
} else {
  notice(document.getElementById("editor-area"),
    "编辑器资源未安装 (editor assets not installed): the build ran without npm, so the YASGUI editor is missing. " +
    "A plain editor is shown instead; run `mvn package` on a machine with npm to get syntax highlighting.");
  editor = plainEditor();
}
await listQueries();
document.body.dataset.editor = status.vendor.yasgui ? "yasgui" : "plain"; // set once the page is ready
document.getElementById("download-csv").addEventListener("click", () => save("text/csv", "csv"));
document.getElementById("download-json").addEventListener("click", () => save("application/sparql-results+json", "json"));

async function yasguiEditor() {
  loadStyle("/vendor/yasgui.min.css");
  await loadScript("/vendor/yasgui.min.js");
  const Yasgui = window.Yasgui;
  // Only completers that need no other server: prefixes from the bundled list, and variables.
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  Yasgui.Yasqe.defaults.prefixCcApi = null;
  Yasgui.Yasqe.defaults.createShareableLink = null;
  Yasgui.Yasqe.defaults.value = START;
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint }], keys: [] },
    persistenceId: null,
    populateFromUrl: false,
    autofocus: false,
  });
  // after the table is drawn, record the row count (read by the browser test; handy in the console)
  const hooked = new WeakSet();
  const hook = (t) => {
    const yasr = t.getYasr();
    if (!yasr || hooked.has(yasr)) return;
    hooked.add(yasr);
    yasr.on("drawn", () => {
      const bindings = yasr.results && yasr.results.getBindings ? yasr.results.getBindings() : null;
      document.body.dataset.rows = String(bindings ? bindings.length : 0);
      document.body.dataset.lastQuery = currentName;
    });
  };
  const tab = yasgui.getTab();
  hook(tab);
  tab.getYasqe().addPrefixes(NK_PREFIXES);
  return {
    getQuery: () => yasgui.getTab().getYasqe().getValue(),
    run: (query, name) => {
      const t = yasgui.getTab();
      hook(t);
      t.setName && t.setName(name);
      t.setQuery(query);
      delete document.body.dataset.rows;
      return t.query();
    },
  };
}

function plainEditor() {
  const area = el("textarea", { class: "fallback", spellcheck: "false", "aria-label": "SPARQL" });
  area.value = START;
  const out = el("div", { id: "plain-results" });
  const runBtn = el("button", { class: "primary", type: "button" }, "运行 Run");
  document.getElementById("yasgui").append(area, el("div", { class: "toolbar" }, runBtn), out);
  async function run(query) {
    out.replaceChildren(el("p", { class: "muted" }, "…"));
    const r = await fetch(status.sparql, { method: "POST", headers: { Accept: "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ query }) });
    if (!r.ok) { out.replaceChildren(el("pre", { class: "error" }, await r.text())); return; }
    const j = await r.json();
    if (j.boolean !== undefined) { out.replaceChildren(el("p", {}, String(j.boolean))); document.body.dataset.rows = "1"; return; }
    const vars = j.head.vars;
    out.replaceChildren(el("p", { class: "muted small" }, `${j.results.bindings.length} 行 rows`),
      el("table", { class: "results" }, el("thead", {}, el("tr", {}, vars.map((v) => el("th", {}, v)))),
        el("tbody", {}, j.results.bindings.map((b) => el("tr", {}, vars.map((v) => el("td", {}, b[v] ? b[v].value : "")))))));
    document.body.dataset.rows = String(j.results.bindings.length);
    document.body.dataset.lastQuery = currentName;
  }
  runBtn.addEventListener("click", () => run(area.value));
  return { getQuery: () => area.value, run: (q) => { area.value = q; return run(q); } };
}

async function listQueries() {
  const ul = document.getElementById("queries");
  let queries = [];
  try { queries = await api("/api/queries"); } catch (e) { ul.replaceChildren(el("li", { class: "error" }, e.message)); return; }
  if (!queries.length) { ul.replaceChildren(el("li", { class: "muted small" }, "（没有常用查询 no curated queries in this build）")); return; }
  ul.replaceChildren(...queries.map((q) => {
    const firstLine = (q.description || "").split("\n")[0];
    return el("li", {},
      el("button", { type: "button", "data-query": q.name, title: q.description, onclick: () => { currentName = q.name; editor.run(q.query, q.name); } }, q.name),
      el("div", { class: "desc" }, firstLine));
  }));
}

async function save(accept, ext) {
  const r = await fetch(status.sparql, { method: "POST", headers: { Accept: accept, "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ query: editor.getQuery() }) });
  const text = await r.text();
  if (!r.ok) { notice(document.getElementById("editor-area"), text, "error"); return; }
  download(`${currentName}.${ext}`, text, accept + ";charset=utf-8");
}
