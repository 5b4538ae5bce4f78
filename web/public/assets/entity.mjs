// One entity's page: names, type, division code and place chain, posts, related entities, and every article
// that mentions it with the sentence around each mention highlighted at the stored offsets (UTF-16 units,
// which is also how JavaScript strings count, so String.slice uses them as they are).
import { api, el, wireSearch, entityPage, TYPE_ZH } from "./common.mjs";

const PAGE = 50;
const status = await api("/api/status");
const NS = status.idNamespace;
wireSearch(NS);
const main = document.getElementById("entity");
const iri = new URLSearchParams(location.search).get("iri") || iriOfPath();

function iriOfPath() {
  const rest = location.pathname.replace(/^\/entity\/?/, "");
  return rest ? NS + rest.split("/").map(decodeURIComponent).join("/") : "";
}

if (!iri) {
  main.replaceChildren(el("p", {}, "用上方搜索框查找实体。Use the search box above to find an entity."));
} else {
  try {
    render(await api(`/api/entity?limit=${PAGE}&iri=${encodeURIComponent(iri)}`));
  } catch (e) {
    main.replaceChildren(el("div", { class: "error" }, e.message), el("p", { class: "small muted" }, iri));
  }
}

function link(r) {
  return el("a", { href: r.page || entityPage(r.iri, NS) }, r.label);
}

function render(e) {
  document.title = `newskg · ${e.label}`;
  const subtypeLabel = (e.types || []).find((t) => t.iri.endsWith("#" + e.subtype));
  const head = el("header", {},
    el("h1", {}, e.label, " ",
      el("span", { class: `badge ${e.type}` }, `${TYPE_ZH[e.type] || e.type || "?"} ${e.type || ""}`),
      subtypeLabel ? el("span", { class: "badge sub" }, `${subtypeLabel.zh} ${subtypeLabel.en}`) : null),
    e.altLabels.length ? el("p", {}, "又名 also: ", e.altLabels.join("、")) : null,
    el("p", { class: "small muted" }, el("code", {}, e.iri), e.key ? ` · key ${e.key}` : ""),
    el("p", {}, el("a", { class: "button", href: "/graph?entity=" + encodeURIComponent(e.iri) }, "在网络中查看 view in the network →")));
  const parts = [head];
  if (e.type === "Place") {
    parts.push(section("地点 place",
      e.code ? el("p", {}, "区划代码 division code: ", el("code", {}, e.code), e.level ? ` · 级别 level ${e.level}` : "") : null,
      e.chain && e.chain.length ? el("p", { class: "chain" }, "隶属 within: ",
        ...[...e.chain].reverse().flatMap((c) => [link(c), c.code ? el("span", { class: "small muted" }, ` ${c.code}`) : null, " › "]), el("strong", {}, e.label)) : null,
      e.contains && e.contains.length ? el("p", { class: "chips" }, "下辖 contains: ", ...e.contains.map(link)) : null));
  }
  if (e.type === "Organization" && (e.locatedIn.length || e.parentOrganizations.length || e.units.length)) {
    parts.push(section("机构 organisation",
      e.locatedIn.length ? el("p", { class: "chain" }, "所在地 located in: ",
        ...[...e.chain].reverse().flatMap((c) => [link(c), c.code ? el("span", { class: "small muted" }, ` ${c.code}`) : null, " › "]), el("strong", {}, e.label)) : null,
      e.parentOrganizations.length ? el("p", { class: "chips" }, "上级机构 part of: ", ...e.parentOrganizations.map(link)) : null,
      e.units.length ? el("p", { class: "chips" }, "下属机构 units: ", ...e.units.map(link)) : null));
  }
  if (e.posts.length) parts.push(section("任职 posts held", postTable(e.posts, "机构 organisation")));
  if (e.members && e.members.length) parts.push(section("任职人员 people with posts here", postTable(e.members, "人物 person")));
  if (e.possiblySame.length) parts.push(section("可能同一人 possibly the same person", el("p", { class: "chips" }, ...e.possiblySame.map(link))));
  if (e.bylines.length) parts.push(section("署名 bylines", el("p", {}, e.bylines.map((b) => `${b.zh} ${b.role}: ${b.articles} 篇`).join(" · "))));
  if (e.related.length) parts.push(section("相关实体 related (mentioned in the same articles)",
    el("p", { class: "chips" }, ...e.related.map((r) => el("a", { href: r.page }, el("span", { class: `dot ${r.type}` }), r.label, el("span", { class: "n" }, String(r.articles)))))));
  const list = el("div", { id: "articles" });
  const more = el("button", { type: "button" }, "更多 more");
  let shown = 0;
  const addArticles = (arts) => { for (const a of arts) list.append(article(a)); shown += arts.length; more.hidden = shown >= e.articleCount; };
  more.addEventListener("click", async () => {
    const next = await api(`/api/entity?limit=${PAGE}&offset=${shown}&iri=${encodeURIComponent(e.iri)}`);
    addArticles(next.articles);
  });
  addArticles(e.articles);
  parts.push(section(`提及它的文章 articles mentioning it (${e.articleCount})`, list, more));
  main.replaceChildren(...parts);
  document.body.dataset.loaded = "true";
}

function section(title, ...content) {
  return el("section", {}, el("h2", {}, title), ...content);
}

function postTable(posts, otherHead) {
  return el("table", { class: "results" },
    el("thead", {}, el("tr", {}, el("th", {}, "职务 title"), el("th", {}, otherHead), el("th", {}, "日期 dates"), el("th", {}, "文章 articles"))),
    el("tbody", {}, posts.map((p) => el("tr", {}, el("td", {}, p.title), el("td", {}, link(p.with)),
      el("td", {}, p.firstDate ? (p.firstDate === p.lastDate ? p.firstDate : `${p.firstDate} – ${p.lastDate}`) : ""),
      el("td", {}, String(p.articles.length))))));
}

/** Only http and https addresses become links (the server sends no other; this is the second guard). */
function webUrl(u) {
  if (typeof u !== "string" || u !== u.trim()) return false;
  try {
    const p = new URL(u);
    return (p.protocol === "http:" || p.protocol === "https:") && p.host !== "";
  } catch {
    return false;
  }
}

function article(a) {
  return el("article", { class: "article", "data-iri": a.iri },
    el("div", {}, el("strong", {}, a.headline || a.id || a.iri)),
    el("div", { class: "meta" }, [a.date, a.source, a.id].filter(Boolean).join(" · "),
      webUrl(a.url) ? [" · ", el("a", { href: a.url, rel: "noopener noreferrer nofollow", target: "_blank" }, "原文 source")]
        : (a.url || a.sourceText) ? [" · ", el("span", { class: "source-text", title: "not a web address: shown as text" }, "原文 source: " + (a.url || a.sourceText))] : null),
    ...a.snippets.map((s) => el("blockquote", { "data-start": s.start, "data-end": s.end }, ...highlight(s.text, s.highlights))));
}

/** The sentence with <mark> around each highlighted range (offsets relative to the sentence). */
function highlight(text, ranges) {
  const out = [];
  let at = 0;
  for (const [b, e] of [...ranges].sort((x, y) => x[0] - y[0])) {
    if (b < at) continue;
    out.push(text.slice(at, b), el("mark", {}, text.slice(b, e)));
    at = e;
  }
  out.push(text.slice(at));
  return out;
}
