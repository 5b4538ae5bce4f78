// Shared helpers of the workbench pages. Everything is fetched from this server.

export const TYPE_ZH = { Person: "人物", Place: "地点", Organization: "机构" };

export async function api(path) {
  const r = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await r.json().catch(() => ({ error: `HTTP ${r.status}` }));
  if (!r.ok) throw new Error(body.error || `HTTP ${r.status}`);
  return body;
}

/** An element with attributes and children (strings become text nodes, so nothing is parsed as HTML). */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  return e;
}

/** Loads a classic script from this server (the npm-installed libraries under /vendor). */
export function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = el("script", { src });
    s.onload = resolve;
    s.onerror = () => reject(new Error(`${src} not found`));
    document.head.append(s);
  });
}

export function loadStyle(href) {
  document.head.append(el("link", { rel: "stylesheet", href }));
}

/** The page of an entity: /entity/<IRI path below the data namespace>, each segment encoded. */
export function entityPage(iri, ns) {
  if (ns && iri.startsWith(ns) && iri.length > ns.length && !iri.includes("%") && !iri.slice(ns.length - 1).includes("//"))
    return "/entity/" + iri.slice(ns.length).split("/").map(encodeURIComponent).join("/");
  return "/entity?iri=" + encodeURIComponent(iri);
}

/** The entity IRI of the current /entity page. */
export function iriOfLocation(ns) {
  const q = new URLSearchParams(location.search).get("iri");
  if (q) return q;
  const rest = location.pathname.replace(/^\/entity\/?/, "");
  return ns + rest.split("/").map(decodeURIComponent).join("/");
}

export function notice(container, text, cls = "notice") {
  const n = el("div", { class: cls, role: "status" }, text);
  container.prepend(n);
  return n;
}

/** The header search box: jump to the best matching entity. */
export function wireSearch(ns) {
  const form = document.querySelector("header.top form");
  if (!form) return;
  const input = form.querySelector("input");
  const list = el("datalist", { id: "entity-suggestions" });
  form.append(list);
  input.setAttribute("list", "entity-suggestions");
  let found = [];
  input.addEventListener("input", async () => {
    const q = input.value.trim();
    if (!q) return;
    try {
      found = await api("/api/search?limit=12&q=" + encodeURIComponent(q));
      list.replaceChildren(...found.map((f) => el("option", { value: f.label }, `${TYPE_ZH[f.type] || ""} ${f.code || ""} (${f.articles})`)));
    } catch { /* ignore while typing */ }
  });
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const q = input.value.trim();
    if (!q) return;
    const hits = await api("/api/search?limit=12&q=" + encodeURIComponent(q));
    const exact = hits.find((h) => h.label === q) || hits[0];
    if (exact) location.href = entityPage(exact.iri, ns);
    else input.setCustomValidity("没有找到 / not found"), input.reportValidity(), setTimeout(() => input.setCustomValidity(""), 1500);
  });
}

export function download(filename, text, type) {
  const a = el("a", { href: URL.createObjectURL(new Blob([text], { type })), download: filename });
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}
