// gisa's page: send an article to POST /v1/analyze and show the gisa/1 record on the text.
// Plain JavaScript, no build step, nothing fetched but this server's own API.
//
// Offsets in the record are Unicode code points, not JavaScript's UTF-16 units: the document is
// handled as Array.from(text), one element per code point, so that characters outside the
// Basic Multilingual Plane (emoji, rare Hanja) do not shift every span after them.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const form = $('form');
  const textArea = $('text');
  const drop = $('drop');
  const fileInput = $('file');
  const button = $('analyze');
  const statusEl = $('status');
  const result = $('result');
  const articleEl = $('article');
  const countsEl = $('counts');
  const speakersEl = $('speakers');
  const quotesEl = $('quotes');
  const quoteCountEl = $('quote-count');
  const factsBody = document.querySelector('#facts tbody');
  const keywordsEl = $('keywords');

  const numberFormat = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 4 });
  // Well separated hues for the first speakers; later ones step round the circle.
  const hues = [212, 8, 135, 282, 38, 175, 330, 95, 250, 60];
  const hueOf = (i) => (i < hues.length ? hues[i] : (i * 137.5) % 360);

  let filter = null; // the speaker key whose quotes alone are shown, or null for all

  // el builds an element with a class, text and children.
  function el(tag, cls, ...children) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    for (const c of children) e.append(c);
    return e;
  }

  function setStatus(msg, isError) {
    statusEl.textContent = msg;
    statusEl.classList.toggle('error', !!isError);
    statusEl.setAttribute('role', isError ? 'alert' : 'status');
  }

  // request posts a body and returns the JSON answer, or throws the server's error message.
  async function request(path, contentType, body) {
    const resp = await fetch(path, { method: 'POST', headers: { 'Content-Type': contentType }, body });
    let data = null;
    try {
      data = await resp.json();
    } catch (_) {
      // not JSON: reported below by status
    }
    if (!resp.ok) {
      throw new Error(data && data.error ? `${data.error} (HTTP ${resp.status})` : `HTTP ${resp.status}`);
    }
    return data;
  }

  async function analyze() {
    const doc = textArea.value.replace(/^\uFEFF/, ''); // the server drops a byte order mark too
    if (!doc.trim()) {
      setStatus('기사를 붙여넣거나 파일을 놓으세요. (Paste an article or drop a file.)', true);
      textArea.focus();
      return;
    }
    button.disabled = true;
    setStatus('분석 중… (analysing)');
    const t0 = performance.now();
    try {
      const rec = await request('/v1/analyze', 'text/plain; charset=utf-8', doc);
      render(rec, doc);
      setStatus(`분석 완료 · ${((performance.now() - t0) / 1000).toFixed(2)}초`);
    } catch (e) {
      setStatus(`오류: ${e.message}`, true);
    } finally {
      button.disabled = false;
    }
  }

  // loadFile reads a dropped or chosen file through POST /v1/extract, which decodes it as the
  // gisa command would (UTF-8, UTF-16, EUC-KR; the article out of an HTML page), shows its
  // text and analyses it.
  async function loadFile(file) {
    const isHTML = /\.html?$/i.test(file.name) || file.type === 'text/html';
    setStatus(`${file.name} 읽는 중…`);
    try {
      const art = await request('/v1/extract', isHTML ? 'text/html' : 'text/plain', file);
      textArea.value = art.title ? `${art.title}\n${art.text}` : art.text;
    } catch (e) {
      setStatus(`${file.name}: ${e.message}`, true);
      return;
    }
    await analyze();
  }

  // speakerList lists who spoke: the summary's speakers first (most quotes first), then any
  // other speaker of a quote, then the quotes nobody was found for. Each gets a colour.
  function speakerList(rec) {
    const list = [];
    const byKey = new Map();
    const add = (key, name, title, org) => {
      if (byKey.has(key)) return byKey.get(key);
      const s = { key, name, title: title || '', org: org || '', count: 0, hue: 0, unknown: key === '' };
      byKey.set(key, s);
      list.push(s);
      return s;
    };
    for (const s of (rec.summary && rec.summary.speakers) || []) add(s.name, s.name, s.title, s.org);
    for (const q of rec.quotes || []) {
      const sp = q.speaker;
      add(sp ? sp.name : '', sp ? sp.name : '발화자 미상', sp && sp.title, sp && sp.org).count++;
    }
    const known = list.filter((s) => !s.unknown && s.count > 0);
    known.forEach((s, i) => { s.hue = hueOf(i); });
    const unknown = list.filter((s) => s.unknown && s.count > 0);
    return { list: known.concat(unknown), byKey };
  }

  const keyOf = (q) => (q.speaker ? q.speaker.name : '');
  const roleOf = (s) => [s.title, s.org].filter(Boolean).join(' · ');

  function paint(e, s) {
    e.style.setProperty('--h', String(s.hue)); // CSSOM, which the page's CSP allows
    if (s.unknown) e.classList.add('unknown');
  }

  function figureLabel(f) {
    let v = numberFormat.format(f.value);
    if (f.value_to != null) v += `–${numberFormat.format(f.value_to)}`;
    return f.unit ? `${v} ${f.unit}` : v;
  }

  // saysValue reports whether a figure as written already reads as its value (3년, 10배), so
  // that only figures written otherwise (100만, 1억명, 10분의 1) get their value beside them.
  function saysValue(f) {
    const digits = f.text.replace(/[,\s]/g, '');
    const value = String(f.value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return f.value_to == null && new RegExp(`^(약|이상|이하|최대|최소)?${value}\\D*$`).test(digits);
  }

  // fill marks positions [start, end) of arr with v where nothing is marked yet.
  function fill(arr, start, end, v, empty) {
    for (let k = Math.max(0, start); k < Math.min(end, arr.length); k++) {
      if (arr[k] === empty) arr[k] = v;
    }
  }

  function render(rec, doc) {
    const cps = Array.from(doc);
    const n = cps.length;
    const quotes = rec.quotes || [];
    const figures = rec.figures || [];
    const sentences = rec.sentences || [];
    const summary = rec.summary || {};
    const { list: speakers, byKey } = speakerList(rec);

    // What covers each code point: a quote, an entity type, a figure, a summary sentence.
    const quoteAt = new Int32Array(n).fill(-1);
    quotes.forEach((q, i) => fill(quoteAt, q.start, q.end, i, -1));
    const figAt = new Int32Array(n).fill(-1);
    figures.forEach((f, i) => fill(figAt, f.start, f.end, i, -1));
    const entAt = new Array(n).fill('');
    for (const e of rec.entities || []) {
      for (const m of e.mentions || []) fill(entAt, m.start, m.end, e.type, '');
    }
    const sumAt = new Int32Array(n).fill(0);
    const sumStart = new Map(); // code point → summary rank
    (summary.sentences || []).forEach((s, j) => {
      const sent = sentences[s.index];
      if (!sent) return;
      fill(sumAt, sent.start, sent.end, j + 1, 0);
      sumStart.set(sent.start, j + 1);
    });
    const quoteStart = new Map();
    quotes.forEach((q, i) => { if (!quoteStart.has(q.start)) quoteStart.set(q.start, i); });

    articleEl.replaceChildren();
    let lineStart = 0;
    let first = true;
    for (let k = 0; k <= n; k++) {
      if (k < n && cps[k] !== '\n') continue;
      if (cps.slice(lineStart, k).join('').trim() !== '') {
        articleEl.append(renderLine(lineStart, k, first));
        first = false;
      }
      lineStart = k + 1;
    }

    function renderLine(ls, le, isFirst) {
      const para = el('div', 'para');
      const p = el('p');
      const notes = el('div', 'notes');
      if (isFirst && rec.title && cps.slice(ls, le).join('').trim() === rec.title) para.classList.add('headline');
      let mark = null;
      let markQ = -1;
      for (let k = ls; k < le;) {
        let j = k + 1;
        while (j < le && quoteAt[j] === quoteAt[k] && figAt[j] === figAt[k] && entAt[j] === entAt[k] &&
          sumAt[j] === sumAt[k] && !sumStart.has(j) && !quoteStart.has(j)) j++;
        const q = quoteAt[k];
        if (q !== markQ) {
          mark = null;
          markQ = q;
          if (q >= 0) {
            const s = byKey.get(keyOf(quotes[q]));
            mark = el('mark', 'quote');
            mark.dataset.q = String(q);
            mark.dataset.speaker = s.key;
            mark.tabIndex = -1;
            mark.title = `${s.name}${roleOf(s) ? ` (${roleOf(s)})` : ''}`;
            paint(mark, s);
            p.append(mark);
          }
        }
        const into = mark || p;
        if (sumStart.has(k)) into.append(el('span', 'sum-badge', `요약 ${sumStart.get(k)}`));
        if (quoteStart.get(k) === q && q >= 0 && quotes[q].start === k) {
          into.append(el('span', 'qn', String(q + 1)));
          notes.append(noteFor(q));
        }
        const text = cps.slice(k, j).join('');
        const cls = [];
        if (entAt[k]) cls.push('ent', entAt[k]);
        if (figAt[k] >= 0) cls.push('fig');
        if (sumAt[k]) cls.push('sum');
        if (cls.length === 0) {
          into.append(text);
        } else {
          const span = el('span', cls.join(' '), text);
          const f = figAt[k];
          if (f >= 0) {
            const fig = figures[f];
            span.title = [fig.kind, fig.measure, fig.subject].filter(Boolean).join(' · ');
            span.title = `${figureLabel(fig)} · ${span.title}`;
            if (j >= Math.min(fig.end, le) && !saysValue(fig)) span.append(el('span', 'val', figureLabel(fig)));
          }
          if (entAt[k] && f < 0) span.title = entAt[k];
          into.append(span);
        }
        k = j;
      }
      para.append(p, notes);
      return para;
    }

    function noteFor(q) {
      const s = byKey.get(keyOf(quotes[q]));
      const b = el('button', 'who');
      b.type = 'button';
      b.dataset.q = String(q);
      b.dataset.speaker = s.key;
      b.append(el('b', '', s.name), ` · 인용 ${q + 1}`);
      if (roleOf(s)) b.append(el('span', 'role', roleOf(s)));
      paint(b, s);
      b.addEventListener('click', () => showQuote(q));
      return b;
    }

    // The speakers, as buttons that filter the quotes.
    speakersEl.replaceChildren();
    const all = el('button', '', el('span', 'swatch'), el('span', '', '모두 (all)'), el('span', 'n', String(quotes.length)));
    all.type = 'button';
    all.dataset.speaker = '*';
    all.firstChild.style.background = 'conic-gradient(#9ab 0 50%, #cba 0)';
    speakersEl.append(el('li', '', all));
    for (const s of speakers) {
      const sw = el('span', 'swatch');
      paint(sw, s);
      const label = el('span', 'name', s.name);
      if (roleOf(s)) label.append(el('span', 'role', ` ${roleOf(s)}`));
      const b = el('button', '', sw, label, el('span', 'n', String(s.count)));
      b.type = 'button';
      b.dataset.speaker = s.key;
      speakersEl.append(el('li', '', b));
    }

    // The quotes, each a button that shows it in the article.
    quotesEl.replaceChildren();
    quotes.forEach((q, i) => {
      const s = byKey.get(keyOf(q));
      const short = Array.from(q.text).length > 90 ? `${Array.from(q.text).slice(0, 88).join('')}…` : q.text;
      const b = el('button', '', `“${short}”`, el('span', 'by', `— ${s.name}${q.verb ? ` · ${q.verb}` : ''}`));
      b.type = 'button';
      paint(b, s);
      b.addEventListener('click', () => showQuote(i));
      const li = el('li', '', b);
      li.value = i + 1;
      li.dataset.speaker = s.key;
      quotesEl.append(li);
    });

    // The facts table.
    factsBody.replaceChildren();
    for (const f of summary.facts || []) {
      let value = numberFormat.format(f.value) + (f.unit ? ` ${f.unit}` : '');
      if (f.qualifier) value += ` ${f.qualifier}`;
      let context = '';
      if (f.period) context = `${numberFormat.format(f.period.value)}${f.period.unit || ''}${f.period.qualifier ? ` ${f.period.qualifier}` : ''}`;
      if (f.comparison) context += `${context ? ', ' : ''}vs ${f.comparison}`;
      const tr = el('tr', '', el('td', '', f.subject || ''), el('td', '', f.measure || ''), el('td', 'num', value), el('td', '', context));
      factsBody.append(tr);
    }
    if (!(summary.facts || []).length) {
      factsBody.append(el('tr', '', Object.assign(el('td', 'empty', '없음 (none)'), { colSpan: 4 })));
    }

    keywordsEl.replaceChildren(...(summary.keywords || []).map((k) => el('span', '', k)));
    countsEl.textContent = `문장 ${sentences.length} · 인용 ${quotes.length} · 수치 ${figures.length} · 개체 ${(rec.entities || []).length} · 발화자 ${speakers.length}`;

    filter = null;
    applyFilter();
    result.hidden = false;
    layoutNotes();
  }

  // layoutNotes sets each speaker note in the margin level with its quote's first line, or
  // just below the note before it when quotes come close together.
  function layoutNotes() {
    for (const notes of articleEl.querySelectorAll('.notes')) {
      const base = notes.getBoundingClientRect().top;
      let y = 0;
      for (const note of notes.children) {
        const m = articleEl.querySelector(`mark.quote[data-q="${note.dataset.q}"]`);
        const top = Math.max(m ? m.getBoundingClientRect().top - base : y, y);
        note.style.top = `${top}px`;
        y = top + note.offsetHeight + 4;
      }
      notes.style.minHeight = `${y}px`;
    }
  }

  function applyFilter() {
    for (const b of speakersEl.querySelectorAll('button')) {
      const on = filter === null ? b.dataset.speaker === '*' : b.dataset.speaker === filter;
      b.setAttribute('aria-pressed', String(on));
    }
    for (const e of articleEl.querySelectorAll('mark.quote, .who')) {
      e.classList.toggle('dim', filter !== null && e.dataset.speaker !== filter);
    }
    let shown = 0;
    for (const li of quotesEl.children) {
      li.hidden = filter !== null && li.dataset.speaker !== filter;
      if (!li.hidden) shown++;
    }
    quoteCountEl.textContent = filter === null ? `${shown}` : `${shown} / ${quotesEl.children.length}`;
  }

  function showQuote(i) {
    const m = articleEl.querySelector(`mark.quote[data-q="${i}"]`);
    if (!m) return;
    m.scrollIntoView({ block: 'center', behavior: 'smooth' });
    m.focus({ preventScroll: true });
    m.classList.add('flash');
    setTimeout(() => m.classList.remove('flash'), 1200);
  }

  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(layoutNotes, 100);
  });

  speakersEl.addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (!b) return;
    const key = b.dataset.speaker;
    filter = key === '*' || key === filter ? null : key;
    applyFilter();
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    analyze();
  });
  textArea.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      analyze();
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && filter !== null) {
      filter = null;
      applyFilter();
    }
  });
  fileInput.addEventListener('change', () => {
    const f = fileInput.files[0];
    fileInput.value = '';
    if (f) loadFile(f);
  });
  for (const type of ['dragenter', 'dragover']) {
    drop.addEventListener(type, (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
  }
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const f = e.dataTransfer && e.dataTransfer.files[0];
    if (f) loadFile(f);
  });
})();
