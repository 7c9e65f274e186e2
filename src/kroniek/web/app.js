// kroniek's map page: filters, a map of events (aggregated on the server when there are
// many), a timeline that filters the map, and a panel with the evidence of one event.
"use strict";

const form = document.getElementById("filters");
const panel = document.getElementById("panel");
const countLabel = document.getElementById("count");
const MAX_POINTS = 1000; // above this many events in view, the server aggregates them

const map = L.map("map", { worldCopyJump: true }).setView([20, 10], 2);
const layer = L.layerGroup().addTo(map);

async function getJSON(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail ? JSON.stringify(body.detail) : response.statusText);
  return body;
}

async function baseMap() {
  const config = await getJSON("/config");
  if (config.tiles) {
    L.tileLayer(config.tiles, { attribution: config.attribution || "" }).addTo(map);
    return;
  }
  // Offline: country outlines from the locally served world atlas.
  const world = await getJSON("/static/vendor/countries-110m.json");
  const countries = topojson.feature(world, world.objects.countries);
  L.geoJSON(countries, { style: { color: "#888", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
}

function filters(withDates = true) {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (value && (withDates || (key !== "since" && key !== "until"))) params.set(key, value);
  }
  return params;
}

function bbox() {
  const b = map.getBounds();
  const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
  return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
          clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].map((v) => v.toFixed(4)).join(",");
}

let generation = 0; // a newer draw (after a pan, zoom or filter) makes an older one stop

async function drawEvents() {
  const mine = ++generation;
  const params = filters();
  params.set("bbox", bbox());
  params.set("limit", "1");
  const { total } = await getJSON("/events?" + params);
  if (mine !== generation) return;
  if (total > MAX_POINTS) {
    const cell = Math.max(0.01, 40 / Math.pow(2, map.getZoom()));
    params.delete("limit");
    params.set("cell", String(cell));
    const { clusters } = await getJSON("/events/clusters?" + params);
    if (mine !== generation) return;
    layer.clearLayers();
    for (const c of clusters) {
      const size = 18 + 6 * Math.log10(c.events);
      L.marker([c.latitude, c.longitude], {
        icon: L.divIcon({ className: "cluster", html: String(c.events), iconSize: [size, size] }),
      }).on("click", () => map.setView([c.latitude, c.longitude], map.getZoom() + 2)).addTo(layer);
    }
    countLabel.textContent = `${total} events in view`;
    return;
  }
  params.set("limit", String(MAX_POINTS));
  const { events } = await getJSON("/events?" + params);
  if (mine !== generation) return;
  layer.clearLayers();
  for (const e of events) {
    if (e.latitude === null || e.longitude === null) continue;
    L.circleMarker([e.latitude, e.longitude], {
      radius: 5 + Math.min(10, Math.sqrt(e.fatalities)), color: "#d9480f", weight: 1, fillOpacity: 0.7,
      className: "event-marker",
    }).bindTooltip(`${e.event_date} ${e.sub_event_type}, ${e.location}`)
      .on("click", () => showEvent(e.event_id))
      .addTo(layer);
  }
  countLabel.textContent = `${total} events in view`; // last: the map is drawn when it shows
}

function escapeHTML(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function highlighted(text, spans) {
  // The document's text with its evidence sentences marked.
  let html = "";
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    html += escapeHTML(text.slice(at, s.start)) + "<mark>" + escapeHTML(text.slice(s.start, s.end)) + "</mark>";
    at = s.end;
  }
  return html + escapeHTML(text.slice(at));
}

async function showEvent(id) {
  const e = await getJSON("/events/" + encodeURIComponent(id));
  const fields = [
    ["Date", `${e.event_date} (precision ${e.time_precision})`],
    ["Type", `${e.event_type}: ${e.sub_event_type}`],
    ["Where", [e.location, e.admin1, e.country].filter(Boolean).join(", ")],
    ["Actors", [e.actor1, e.actor2].filter(Boolean).join(" vs ")],
    ["Fatalities", e.fatalities],
    ["Confidence", e.confidence],
    ["Reports", e.mentions.length],
  ];
  let html = `<h2 data-testid="event-title">${escapeHTML(e.sub_event_type)}</h2>`;
  html += "<dl>" + fields.map(([k, v]) => `<dt>${k}</dt><dd>${escapeHTML(String(v))}</dd>`).join("") + "</dl>";
  html += `<p>${escapeHTML(e.notes)}</p>`;
  for (const d of e.documents) {
    const spans = e.evidence.filter((x) => x.doc_id === d.id);
    html += `<div class="document" data-testid="document"><strong>${escapeHTML(d.title || d.id)}</strong>`
      + ` <span class="hint">${escapeHTML(d.date || "")}</span>\n${highlighted(d.text || "", spans)}</div>`;
  }
  panel.innerHTML = html;
}

async function drawTimeline() {
  const { bins } = await getJSON("/events/histogram?by=month&" + filters(false));
  const svg = document.getElementById("timeline");
  const width = svg.clientWidth || 800;
  const height = svg.clientHeight || 80;
  const most = Math.max(1, ...bins.map((b) => b.events));
  const step = bins.length ? width / bins.length : width;
  const since = form.elements.since.value;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.innerHTML = bins.map((b, i) => {
    const h = Math.max(2, (height - 14) * b.events / most);
    const selected = since.startsWith(b.period) ? " selected" : "";
    return `<rect class="bar${selected}" data-period="${b.period}" x="${i * step + 1}" y="${height - 14 - h}"`
      + ` width="${Math.max(1, step - 2)}" height="${h}"><title>${b.period}: ${b.events} events</title></rect>`;
  }).join("");
  for (const rect of svg.querySelectorAll("rect")) {
    rect.addEventListener("click", () => {
      const [year, month] = rect.dataset.period.split("-").map(Number);
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      form.elements.since.value = `${rect.dataset.period}-01`;
      form.elements.until.value = `${rect.dataset.period}-${String(last).padStart(2, "0")}`;
      refresh();
    });
  }
}

async function facets() {
  const stats = await getJSON("/stats");
  const fill = (select, values) => {
    for (const value of Object.keys(values).filter(Boolean).sort()) select.add(new Option(value, value));
  };
  fill(form.elements.country, stats.countries);
  fill(form.elements.type, { ...stats.event_types, ...stats.sub_event_types });
}

async function refresh() {
  try {
    await Promise.all([drawEvents(), drawTimeline()]);
  } catch (error) {
    countLabel.textContent = "error: " + error.message;
  }
}

form.addEventListener("submit", (event) => { event.preventDefault(); refresh(); });
form.addEventListener("reset", () => setTimeout(refresh, 0));
map.on("moveend", drawEvents);
(async () => {
  await Promise.all([baseMap(), facets()]);
  await refresh();
  document.body.dataset.ready = "true";
})();
