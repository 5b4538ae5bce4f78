// The network page: a subgraph chosen exactly as `newskg export` chooses it (the same selection and engine on the
// server: /api/graph answers with the Cytoscape.js JSON of `newskg export --format cyjs`), drawn with Cytoscape.js
// (npm cytoscape, served from /vendor). Node colour = type, node size = articles mentioning it, edge width = number
// of articles. Click a node to expand it, double-click to open its page.
import { api, el, loadScript, notice, wireSearch, entityPage, download, TYPE_ZH } from "./common.mjs";

const COLOURS = { Person: "#d95f02", Place: "#1b9e77", Organization: "#7570b3" };
const RELATION_ZH = { coMention: "同文 co-mention", position: "任职 post", partOf: "隶属 part of", locatedIn: "所在地 located in",
  subOrganizationOf: "下属 unit of" };
const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';
const status = await api("/api/status");
const NS = status.idNamespace;
wireSearch(NS);
const form = document.getElementById("controls");
const details = document.getElementById("details");
let cy = null;

if (!status.vendor.cytoscape) {
  notice(document.getElementById("cy"), "图形库未安装 (graph assets not installed): the build ran without npm, so Cytoscape.js is missing. " +
    "The downloads below still work; run `mvn package` on a machine with npm to draw the network here.");
  document.body.dataset.graph = "missing";
} else {
  await loadScript("/vendor/cytoscape.min.js");
  cy = window.cytoscape({
    container: document.getElementById("cy"),
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: {
        label: "data(label)", "font-family": FONT, "font-size": 12, "text-valign": "bottom", "text-margin-y": 3,
        "background-color": (n) => COLOURS[n.data("type")] || "#888",
        width: (n) => 16 + 8 * Math.sqrt(n.data("mentions") || 0), height: (n) => 16 + 8 * Math.sqrt(n.data("mentions") || 0),
        "text-outline-color": "#fff", "text-outline-width": 2 } },
      { selector: "node.centre", style: { "border-width": 3, "border-color": "#1f2328" } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#0969da" } },
      { selector: "edge", style: {
        width: (e) => Math.min(14, 1 + 2 * Math.sqrt(Math.max(0, (e.data("weight") || 1) - 1)) + (e.data("weight") > 1 ? 1 : 0)),
        "line-color": "#b6bcc4", "curve-style": "bezier", opacity: 0.55 } },
      { selector: 'edge[relation = "position"]', style: {
        "line-color": COLOURS.Organization, "target-arrow-shape": "triangle", "target-arrow-color": COLOURS.Organization,
        label: "任职", "font-family": FONT, "font-size": 10, color: "#444", "text-rotation": "autorotate",
        "text-outline-color": "#fff", "text-outline-width": 2 } },
      { selector: 'edge[relation = "locatedIn"], edge[relation = "subOrganizationOf"]', style: {
        "line-style": "dotted", "line-color": "#8c8c8c", "target-arrow-shape": "triangle", "target-arrow-color": "#8c8c8c" } },
      { selector: 'edge[relation = "partOf"]', style: {
        "line-style": "dashed", "line-color": COLOURS.Place, "target-arrow-shape": "triangle", "target-arrow-color": COLOURS.Place } },
    ],
  });
  cy.on("tap", "node", (ev) => { showNode(ev.target); expand(ev.target); });
  cy.on("dbltap", "node", (ev) => { location.href = entityPage(ev.target.id(), NS); });
  cy.on("tap", "edge", (ev) => showEdge(ev.target));
  document.body.dataset.graph = "cytoscape";
  window.workbench = { cy }; // for the browser console and the browser test
}

// form state <-> URL
const params = new URLSearchParams(location.search);
for (const name of ["entity", "hops", "place", "from", "to", "limit"]) if (params.get(name)) form.elements[name].value = params.get(name);
// a name or division code in the URL is shown as typed (the server resolves it as the CLI does); an IRI is replaced by the label once drawn
if (params.get("entity")) document.getElementById("entity-name").value = params.get("entity");
if (params.get("place")) document.getElementById("place-name").value = params.get("place");
for (const name of ["type", "relation"]) {
  const chosen = params.getAll(name).flatMap((v) => v.split(","));
  if (chosen.length) for (const cb of form.querySelectorAll(`input[name="${name}"]`)) cb.checked = chosen.includes(cb.value);
}
wirePicker("entity-name", "entity", "entity-options", "");
wirePicker("place-name", "place", "place-options", "Place");
form.addEventListener("submit", (ev) => { ev.preventDefault(); draw(true); });
document.getElementById("fit").addEventListener("click", () => cy && cy.fit(undefined, 30));

if (params.get("entity") || params.get("place")) {
  draw(false);
} else {
  // start with the most mentioned person
  const top = await api("/api/search?type=Person&limit=1");
  if (top.length) { form.elements.entity.value = top[0].iri; document.getElementById("entity-name").value = top[0].label; draw(true); }
}

function selection(extra = {}) {
  const p = new URLSearchParams();
  for (const name of ["entity", "hops", "place", "from", "to", "limit"]) if (form.elements[name].value) p.set(name, form.elements[name].value);
  const types = [...form.querySelectorAll('input[name="type"]:checked')].map((c) => c.value);
  if (types.length && types.length < 3) p.set("type", types.join(","));
  const rels = [...form.querySelectorAll('input[name="relation"]:checked')].map((c) => c.value);
  const allRels = form.querySelectorAll('input[name="relation"]').length;
  if (rels.length && rels.length < allRels) p.set("relation", rels.join(","));
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p;
}

async function draw(pushState) {
  const p = selection();
  if (pushState) history.pushState(null, "", "/graph?" + p);
  renderDownloads(p);
  let g;
  try { g = await api("/api/graph?" + p); } catch (e) { details.replaceChildren(el("div", { class: "error" }, e.message)); return; }
  const { nodes, edges } = g.elements;
  const wanted = form.elements.entity.value;
  const centre = nodes.find((n) => n.data.id === wanted || n.data.label === wanted || n.data.code === wanted);
  if (centre) document.getElementById("entity-name").value = centre.data.label;
  details.replaceChildren(el("p", {}, `${nodes.length} 个节点 nodes · ${edges.length} 条边 edges`));
  if (p.get("limit") && nodes.length >= Number(p.get("limit")))
    details.append(el("p", { class: "notice small" }, "节点数已达上限 (node limit reached): raise “max nodes” or narrow the selection."));
  if (!cy) return;
  cy.elements().remove();
  cy.add(withIds(g));
  if (centre) cy.getElementById(centre.data.id).addClass("centre");
  layout(true);
  document.body.dataset.nodes = String(cy.nodes().length);
}

async function expand(node) {
  const p = selection({ entity: node.id(), hops: "1" });
  const g = await api("/api/graph?" + p);
  const fresh = withIds(g).filter((e) => cy.getElementById(e.data.id).empty());
  if (!fresh.length) return;
  cy.add(fresh);
  layout();
  document.body.dataset.nodes = String(cy.nodes().length);
}

function withIds(g) {
  return [...g.elements.nodes.map((n) => ({ group: "nodes", data: n.data })),
    ...g.elements.edges.map((e) => ({ group: "edges", data: { ...e.data, id: `${e.data.relation}|${e.data.source}|${e.data.target}` } }))];
}

function layout(fresh = false) {
  const l = cy.layout({ name: "cose", animate: false, randomize: fresh, fit: true, nodeRepulsion: () => 400000, idealEdgeLength: () => 120,
    edgeElasticity: () => 60, nodeOverlap: 20, gravity: 0.4, numIter: 1500, padding: 40 });
  l.one("layoutstop", () => { if (cy.zoom() > 1.1) { cy.zoom(1.1); cy.center(); } });
  l.run();
}

function showNode(n) {
  const d = n.data();
  details.replaceChildren(el("div", {},
    el("h3", {}, el("span", { class: `badge ${d.type}` }, TYPE_ZH[d.type] || d.type), d.label),
    d.subtype ? el("p", { class: "small muted" }, d.subtype) : null,
    d.code ? el("p", {}, "区划代码 code: ", el("code", {}, d.code)) : null,
    el("p", {}, `${d.mentions} 篇文章 articles`, d.firstDate ? ` · ${d.firstDate} – ${d.lastDate}` : ""),
    el("p", {}, el("a", { href: entityPage(d.id, NS) }, "打开实体页 open entity page →")),
    el("p", { class: "small muted" }, `${n.connectedEdges().length} 条边 edges in view`)));
}

function showEdge(e) {
  const d = e.data();
  details.replaceChildren(el("h3", {}, RELATION_ZH[d.relation] || d.relation),
    el("p", {}, `${cy.getElementById(d.source).data("label")} → ${cy.getElementById(d.target).data("label")}`),
    el("p", {}, `${d.weight} 篇文章 articles`, d.firstDate ? ` · ${d.firstDate} – ${d.lastDate}` : ""));
}

function renderDownloads(p) {
  const box = document.getElementById("downloads");
  const links = (status.exportFormats || []).map((f) =>
    el("a", { class: "button", href: `${status.dataset}/export?format=${encodeURIComponent(f.format)}&${p}`, download: `newskg-export.${f.suffix}` }, f.label));
  const here = el("button", { type: "button", onclick: () => cy && download("newskg-view.cyjs", JSON.stringify({ elements: cy.json().elements }, null, 1), "application/json") },
    "当前视图 this view (.cyjs)");
  box.replaceChildren(...links);
  if (cy) box.append(here);
  if (!links.length) box.append(el("p", { class: "small muted" }, "（导出格式不可用 export formats not in this build）"));
  // the same selection on the command line: the same engine, so the same network
  const cli = ["newskg export"];
  for (const [k, v] of p) for (const one of (k === "type" || k === "relation" ? v.split(",") : [v]))
    cli.push(`--${k} ${/^[\w.:\/-]+$/.test(one) ? one : "'" + one.replace(/'/g, "'\\''") + "'"}`);
  box.append(el("p", { class: "small muted" }, "命令行 on the command line: ", el("code", {}, cli.join(" ") + " --format gexf -o network.gexf")));
}

function wirePicker(inputId, hiddenName, listId, type) {
  const input = document.getElementById(inputId);
  const list = document.getElementById(listId);
  let found = [];
  input.addEventListener("input", async () => {
    const q = input.value.trim();
    if (!q) { form.elements[hiddenName].value = ""; return; }
    const hit = found.find((f) => f.label === q || `${f.label} · ${f.code}` === q);
    if (hit) { form.elements[hiddenName].value = hit.iri; return; }
    found = await api(`/api/search?limit=15&q=${encodeURIComponent(q)}${type ? "&type=" + type : ""}`);
    list.replaceChildren(...found.map((f) => el("option", { value: f.label }, `${TYPE_ZH[f.type] || ""} ${f.code || ""} (${f.articles})`)));
    const exact = found.find((f) => f.label === q);
    form.elements[hiddenName].value = exact ? exact.iri : (found[0] ? found[0].iri : q);
  });
}

export { entityPage };
