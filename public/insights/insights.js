/*
 * The MIEUX+ insights page. The server renders the page with its labels in a JSON data block
 * (#insights-config) and serves Chart.js beside this file; this script asks for the access key
 * once (kept in sessionStorage: this tab only), fetches the period's data as JSON with
 * `Authorization: Bearer`, and shows each table with its chart beside it and a CSV download.
 *
 * No inline script or style, no request anywhere but the bot: the page runs under a strict CSP.
 * The tables are the data; a chart draws the same rows, so nothing is only in a picture.
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'mieux-insights-token';
  var config = JSON.parse(document.getElementById('insights-config').textContent);
  var say = config.strings;
  var root = document.getElementById('insights');
  var counts = new Intl.NumberFormat(config.lang);
  var percents = new Intl.NumberFormat(config.lang, { style: 'percent', maximumFractionDigits: 1 });
  // Okabe–Ito: told apart with every common colour-vision deficiency.
  var COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442'];
  var UP = '#009E73';
  var DOWN = '#D55E00';
  var charts = [];
  var current = null;

  /** How each table is drawn: which columns, as what kind of chart. Tables not listed have no chart. */
  var CHARTS = {
    perDay: { type: 'line', series: [1, 2], wide: true },
    perLanguage: { type: 'bar', series: [1, 2] },
    perChannel: { type: 'bar', series: [1, 2] },
    outcomes: { type: 'bar', series: [1], horizontal: true },
    afterAnswer: { type: 'bar', series: [1], horizontal: true },
    funnel: { type: 'bar', series: [1], horizontal: true, rows: 'funnel', tall: true },
    entries: { type: 'bar', series: [4, 5], horizontal: true, stacked: true, colours: [UP, DOWN], rows: 'mostVoted', wide: true },
  };

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === 'text') node.textContent = attributes[name];
      else if (name === 'className') node.className = attributes[name];
      else node.setAttribute(name, attributes[name]);
    });
    (children || []).forEach(function (child) {
      if (child) node.appendChild(child);
    });
    return node;
  }

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  function today() {
    return new Date().toISOString().slice(0, 10);
  }

  function addDays(day, delta) {
    return new Date(Date.parse(day + 'T00:00:00Z') + delta * 86400000).toISOString().slice(0, 10);
  }

  function getToken() {
    try {
      return window.sessionStorage.getItem(TOKEN_KEY);
    } catch (e) {
      return null;
    }
  }

  function setToken(token) {
    try {
      if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
      else window.sessionStorage.removeItem(TOKEN_KEY);
    } catch (e) {
      /* Storage refused (private mode): the key lasts until the page is left. */
    }
    memoryToken = token;
  }
  var memoryToken = getToken();

  function query(params) {
    return Object.keys(params)
      .map(function (k) {
        return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]);
      })
      .join('&');
  }

  /**
   * GET with the key. Resolves to the response when it is 2xx, to null after a 401 (the key is
   * forgotten and the sign-in form shown again), and rejects on anything else.
   */
  function request(url) {
    return fetch(url, { headers: { Authorization: 'Bearer ' + memoryToken }, cache: 'no-store', credentials: 'omit' }).then(
      function (response) {
        if (response.status === 401) {
          setToken(null);
          showLogin(say.wrongToken);
          return null;
        }
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response;
      },
    );
  }

  function showLoadFailed() {
    errorLine.textContent = say.loadFailed;
    errorLine.classList.remove('hidden');
  }

  // ---- Layout -------------------------------------------------------------------------------

  var status = el('p', { className: 'meta', role: 'status', 'aria-live': 'polite' });
  var errorLine = el('p', { className: 'error hidden', role: 'alert' });

  var tokenInput = el('input', {
    id: 'insights-token',
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    required: 'required',
    'aria-describedby': 'insights-token-hint',
  });
  var loginError = el('p', { className: 'error hidden', role: 'alert', id: 'insights-login-error' });
  var login = el('form', { className: 'login hidden', 'aria-labelledby': 'insights-login-heading', novalidate: 'novalidate' }, [
    el('h2', { id: 'insights-login-heading', text: say.loginHeading }),
    el('label', { for: 'insights-token', text: say.tokenLabel }),
    tokenInput,
    el('p', { className: 'hint', id: 'insights-token-hint', text: say.tokenHint }),
    loginError,
    el('button', { type: 'submit', text: say.signIn }),
  ]);

  var presets = [7, 30, 90].filter(function (n) {
    return n <= config.maxDays;
  });
  if (presets.indexOf(config.maxDays) < 0 && config.maxDays < 90) presets.push(config.maxDays);
  var fromInput = el('input', { type: 'date', id: 'insights-from', name: 'from' });
  var toInput = el('input', { type: 'date', id: 'insights-to', name: 'to' });
  var choices = presets.map(function (n) {
    var id = 'insights-last-' + n;
    var input = el('input', { type: 'radio', name: 'insights-period', id: id, value: String(n) });
    return el('label', { className: 'choice', for: id }, [input, document.createTextNode(fill(say.lastDays, { n: n }))]);
  });
  var customId = 'insights-custom';
  var customChoice = el('label', { className: 'choice', for: customId }, [
    el('input', { type: 'radio', name: 'insights-period', id: customId, value: 'custom' }),
    document.createTextNode(say.custom),
  ]);
  var dates = el('span', { className: 'dates' }, [
    el('label', { for: 'insights-from' }, [document.createTextNode(say.from + ' '), fromInput]),
    el('label', { for: 'insights-to' }, [document.createTextNode(say.to + ' '), toInput]),
  ]);
  var period = el('form', { className: 'period', 'aria-label': say.periodHeading }, [
    el(
      'fieldset',
      {},
      [el('legend', { text: say.periodHeading })].concat(choices, [customChoice, dates, el('button', { type: 'submit', text: say.show })]),
    ),
  ]);
  var signOut = el('button', { type: 'button', className: 'secondary', text: say.signOut });
  var toolbar = el('div', { className: 'toolbar hidden' }, [period, signOut]);
  var content = el('div', { id: 'insights-content' });

  root.appendChild(login);
  root.appendChild(toolbar);
  root.appendChild(status);
  root.appendChild(errorLine);
  root.appendChild(content);

  function showLogin(message) {
    login.classList.remove('hidden');
    toolbar.classList.add('hidden');
    clearContent();
    status.textContent = '';
    loginError.textContent = message || '';
    loginError.classList.toggle('hidden', !message);
    tokenInput.value = '';
    tokenInput.focus();
  }

  function clearContent() {
    charts.forEach(function (chart) {
      chart.destroy();
    });
    charts = [];
    content.textContent = '';
  }

  login.addEventListener('submit', function (event) {
    event.preventDefault();
    var token = tokenInput.value.trim();
    if (!token) return showLogin(say.wrongToken);
    setToken(token);
    tokenInput.value = '';
    load(selectedPeriod());
  });

  signOut.addEventListener('click', function () {
    setToken(null);
    showLogin('');
  });

  function selectPreset(n) {
    var input = document.getElementById('insights-last-' + n);
    if (input) input.checked = true;
    toInput.value = today();
    fromInput.value = addDays(today(), -(n - 1));
  }

  function selectedPeriod() {
    var checked = period.querySelector('input[name="insights-period"]:checked');
    if (checked && checked.value !== 'custom') selectPreset(Number(checked.value));
    return { from: fromInput.value, to: toInput.value };
  }

  period.addEventListener('change', function (event) {
    var target = event.target;
    if (target.name === 'insights-period' && target.value !== 'custom') selectPreset(Number(target.value));
    if (target === fromInput || target === toInput) document.getElementById(customId).checked = true;
  });

  period.addEventListener('submit', function (event) {
    event.preventDefault();
    load(selectedPeriod());
  });

  // ---- Data ---------------------------------------------------------------------------------

  function load(range) {
    login.classList.add('hidden');
    toolbar.classList.remove('hidden');
    errorLine.classList.add('hidden');
    status.textContent = say.loading;
    request(config.api.report + '?' + query({ from: range.from, to: range.to, lang: config.lang }))
      .then(function (response) {
        return response && response.json();
      })
      .then(function (payload) {
        if (payload) render(payload);
      })
      .catch(function () {
        status.textContent = '';
        showLoadFailed();
      });
  }

  function downloadCsv(tableId, button) {
    var report = current.report;
    button.disabled = true;
    request(config.api.csv + '?' + query({ table: tableId, from: report.period.from, to: report.period.to, lang: config.lang }))
      .then(function (response) {
        if (!response) return null;
        var name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '');
        return response.blob().then(function (blob) {
          return { blob: blob, name: name ? name[1] : tableId + '.csv' };
        });
      })
      .then(function (file) {
        if (!file) return;
        var url = URL.createObjectURL(file.blob);
        var link = el('a', { href: url, download: file.name, className: 'hidden' });
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () {
          URL.revokeObjectURL(url);
        }, 10000);
      })
      .catch(showLoadFailed)
      .then(function () {
        button.disabled = false;
      });
  }

  // ---- Rendering ----------------------------------------------------------------------------

  function formatCell(value, kind) {
    if (value === null || value === undefined) return '';
    if (kind === 'share') return percents.format(value);
    if (kind === 'count') return counts.format(value);
    return String(value);
  }

  function render(payload) {
    current = payload;
    clearContent();
    var report = payload.report;
    status.textContent =
      fill(say.periodShown, { from: report.period.from, to: report.period.to }) +
      ' · ' +
      fill(say.retention, { days: payload.retentionDays });
    content.appendChild(totals(report.totals));
    payload.tables.forEach(function (table) {
      content.appendChild(section(table, payload));
    });
  }

  function totals(t) {
    var items = [
      [say.totalsConversations, t.conversations],
      [say.totalsQuestions, t.questions],
      [say.totalsAnswers, t.answers],
      [say.totalsHandoffs, t.handoffsCompleted],
    ];
    return el(
      'div',
      { className: 'totals', 'data-totals': '' },
      items.map(function (item) {
        return el('div', {}, [el('span', { text: item[0] }), el('span', { className: 'value', text: counts.format(item[1]) })]);
      }),
    );
  }

  function section(table, payload) {
    var headingId = 'table-' + table.id;
    var spec = CHARTS[table.id];
    var rows = chartRows(table, spec, payload.report);
    var body = table.rows.length
      ? el('div', { className: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': headingId }, [dataTable(table, headingId)])
      : el('p', { className: 'meta', text: table.scope === 'recorded' ? say.emptyRecorded : say.empty });
    var pair = [];
    if (spec && rows.length) {
      var canvas = el('canvas', { role: 'img', 'aria-label': fill(say.chartNote, { title: table.title }) });
      pair.push(el('figure', { className: 'chart' + (spec.tall ? ' tall' : '') }, [canvas]));
      charts.push(draw(canvas, table, spec, rows));
    }
    pair.push(body);
    var button = el('button', { type: 'button', className: 'secondary', 'data-csv': table.id, text: say.downloadCsv });
    button.addEventListener('click', function () {
      downloadCsv(table.id, button);
    });
    return el('section', { className: 'table-section', id: 'section-' + table.id, 'aria-labelledby': headingId }, [
      el('h2', { id: headingId, text: table.title }),
      el('p', { className: 'about', text: table.about }),
      el('div', { className: 'pair' + (pair.length === 1 || (spec && spec.wide) ? ' wide' : '') }, pair),
      el('p', { className: 'actions' }, [button]),
    ]);
  }

  function dataTable(table, headingId) {
    var head = el('thead', {}, [
      el(
        'tr',
        {},
        table.columns.map(function (column, i) {
          return el('th', { scope: 'col', className: table.kinds[i], text: column });
        }),
      ),
    ]);
    var body = el(
      'tbody',
      {},
      table.rows.map(function (row) {
        return el(
          'tr',
          {},
          row.map(function (cell, i) {
            return el(
              i === 0 ? 'th' : 'td',
              i === 0
                ? { scope: 'row', className: table.kinds[i], text: formatCell(cell, table.kinds[i]) }
                : { className: table.kinds[i], text: formatCell(cell, table.kinds[i]) },
            );
          }),
        );
      }),
    );
    return el('table', { 'aria-labelledby': headingId, 'data-table': table.id }, [head, body]);
  }

  /** The rows a chart draws: all, the funnel's stages without its exits, or the 15 entries with most votes. */
  function chartRows(table, spec, report) {
    if (!spec) return [];
    if (spec.rows === 'funnel') return table.rows.slice(0, report.funnel.stages.length);
    if (spec.rows === 'mostVoted') {
      return table.rows
        .filter(function (row) {
          return row[4] + row[5] > 0;
        })
        .sort(function (a, b) {
          return b[5] - a[5] || b[4] - a[4];
        })
        .slice(0, 15);
    }
    return table.rows;
  }

  function draw(canvas, table, spec, rows) {
    var labels = rows.map(function (row) {
      return String(row[0]);
    });
    var datasets = spec.series.map(function (column, i) {
      var colour = spec.colours ? spec.colours[i] : COLOURS[i % COLOURS.length];
      return {
        label: table.columns[column],
        data: rows.map(function (row) {
          return row[column] || 0;
        }),
        backgroundColor: colour,
        borderColor: colour,
        maxBarThickness: 36,
        borderWidth: spec.type === 'line' ? 2 : 0,
        pointRadius: spec.type === 'line' && rows.length > 45 ? 0 : 3,
      };
    });
    return new window.Chart(canvas, {
      type: spec.type,
      data: { labels: labels, datasets: datasets },
      options: {
        // A report, not a show: no motion (and nothing for prefers-reduced-motion to stop).
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: spec.horizontal ? 'y' : 'x',
        locale: config.lang,
        plugins: { legend: { display: spec.series.length > 1 } },
        scales: {
          x: { stacked: !!spec.stacked, beginAtZero: true, ticks: { precision: 0 } },
          y: { stacked: !!spec.stacked, beginAtZero: true, ticks: { precision: 0 } },
        },
      },
    });
  }

  // ---- Start --------------------------------------------------------------------------------

  selectPreset(presets.indexOf(30) >= 0 ? 30 : presets[presets.length - 1]);
  // The API answers for the retained days only (a longer period is refused).
  fromInput.min = addDays(today(), -(config.maxDays - 1));
  toInput.min = fromInput.min;
  fromInput.max = today();
  toInput.max = today();
  if (memoryToken) load(selectedPeriod());
  else showLogin('');
})();
