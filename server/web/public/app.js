// muqabala review UI: keyboard shortcuts and in-place updates. Every action also works
// without this script (plain forms); here they are sent with fetch and the bead is
// replaced in place; when the beads' layout changed, the bead list is fetched again.
(function () {
  'use strict';
  var token = (document.querySelector('meta[name="csrf-token"]') || {}).content || '';
  var toast = document.getElementById('toast');
  var toastTimer = null;

  function say(message, isError) {
    if (!toast) return;
    toast.textContent = message;
    toast.className = isError ? 'error' : '';
    toast.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { toast.hidden = true; }, isError ? 8000 : 2500);
  }

  function beads() {
    return Array.prototype.slice.call(document.querySelectorAll('.bead:not([hidden])'));
  }
  function current() {
    return document.querySelector('.bead.current');
  }
  // remember: write the bead into the URL's fragment (not on arrival: Chromium would
  // scroll to that fragment when the page finishes loading, hiding the header).
  function select(bead, scroll, remember) {
    if (!bead) return;
    var old = current();
    if (old) old.classList.remove('current');
    bead.classList.add('current');
    bead.focus({ preventScroll: true });
    if (scroll !== false) bead.scrollIntoView({ block: 'nearest' });
    if (remember !== false && history.replaceState) history.replaceState(null, '', '#' + bead.id);
  }
  function step(delta) {
    var list = beads();
    if (!list.length) return;
    var index = list.indexOf(current());
    var next = index < 0 ? 0 : Math.min(list.length - 1, Math.max(0, index + delta));
    select(list[next]);
  }

  // The layout changes (beads appear or disappear): the bead list is fetched again.
  var STRUCTURAL = { merge: 1, split: 1, move: 1, undo: 1, realign: 1, 'confirm-above': 1 };

  function send(form, submitter) {
    var action = (submitter && submitter.getAttribute('formaction')) || form.getAttribute('action');
    var kind = (submitter && submitter.dataset.action) || action.split('/').pop();
    var data = new URLSearchParams(new FormData(form));
    if (submitter && submitter.name) data.set(submitter.name, submitter.value);
    return fetch(action, {
      method: 'POST',
      headers: { Accept: 'application/json', 'X-CSRF-Token': token, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: data.toString(),
      credentials: 'same-origin',
    }).then(function (response) {
      return response.json().then(function (payload) {
        if (!response.ok) {
          say(payload.error || 'That did not work.', true);
          if (response.status === 409 && payload.current && payload.html) replaceBead(payload.current.id, payload.html);
          return;
        }
        // Nothing was changed (a realign that finds the same beads): say so, leave the page.
        if (payload.message && !payload.event) { say(payload.message); return; }
        if (STRUCTURAL[kind]) {
          var target = payload.beads && payload.beads[0] ? 'b' + payload.beads[0].id : (current() || {}).id;
          return refreshBeads(target, describe(kind, payload), payload.redirect);
        }
        Object.keys(payload.html || {}).forEach(function (id) { replaceBead(id, payload.html[id]); });
        var summary = document.getElementById('pair-summary');
        if (summary && payload.summary) summary.outerHTML = payload.summary;
        say(describe(kind, payload));
        if (kind === 'confirm' || kind === 'reject') step(1);
      });
    }).catch(function () {
      say('The server did not answer; nothing was changed.', true);
    });
  }

  // After a change of layout (beads merged, split, moved, restored): fetch this page again
  // and swap its beads and summary in place, keeping the scroll position; a page without
  // a bead list (the bead page) is reloaded instead, or left for `elsewhere` (the pair page)
  // when its bead is gone.
  function refreshBeads(targetId, message, elsewhere) {
    var list = document.getElementById('beads');
    if (!list) {
      sessionStorage.setItem('muqabala-toast', message);
      if (elsewhere) { location.href = elsewhere + (targetId ? '#' + targetId : ''); return; }
      location.hash = targetId ? '#' + targetId : '';
      location.reload();
      return;
    }
    return fetch(location.pathname + location.search, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        var beadsNow = fresh.getElementById('beads');
        if (!beadsNow) { location.reload(); return; }
        list.replaceWith(document.adoptNode(beadsNow));
        var summary = document.getElementById('pair-summary');
        var summaryNow = fresh.getElementById('pair-summary');
        if (summary && summaryNow) summary.replaceWith(document.adoptNode(summaryNow));
        var target = targetId && document.getElementById(targetId);
        select(target && !target.hidden ? target : beads()[0]);
        say(message);
      });
  }

  function describe(kind, payload) {
    var n = payload.beads ? payload.beads.length : 0;
    if (kind === 'undo') {
      var u = payload.undone;
      return u ? 'Undone: ' + u.action + (u.beadId ? ' of bead #' + u.beadId : '') + ' by ' + u.user : 'Undone: the latest change';
    }
    if (kind === 'confirm-above') return n + ' bead' + (n === 1 ? '' : 's') + ' confirmed; flagged beads are left for you to check';
    return kind.charAt(0).toUpperCase() + kind.slice(1) + ' done';
  }

  function replaceBead(id, html) {
    var old = document.getElementById('b' + id);
    if (!old) return;
    var wasCurrent = old.classList.contains('current');
    var holder = document.createElement('div');
    holder.innerHTML = html.trim();
    var fresh = holder.firstElementChild;
    old.replaceWith(fresh);
    if (wasCurrent) select(fresh, false);
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.closest('.bead, .pair-tools')) return;
    event.preventDefault();
    send(form, event.submitter);
  });

  function press(bead, action) {
    if (!bead) return;
    var button = bead.querySelector('button[data-action="' + action + '"]');
    // A bead shows only the actions that change it: confirming a confirmed bead is not one.
    if (button) send(button.form, button);
    else if (bead.querySelector('button[data-action="reopen"]')) say('This bead is already ' + (action === 'confirm' ? 'confirmed' : 'rejected') + ': Reopen it first to change its status');
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var tag = (event.target.tagName || '').toLowerCase();
    if (tag === 'input' || tag === 'textarea' || tag === 'select') return;
    var help = document.getElementById('keys-help');
    var key = event.key;
    if (key === '?') {
      if (help) help.open ? help.close() : help.showModal();
      event.preventDefault();
      return;
    }
    if (help && help.open) return; // the help is modal: the beads behind it are not changed
    if (!document.querySelector('.bead')) return;
    var bead = current();
    if (key === 'j') step(1);
    else if (key === 'k') step(-1);
    else if (key === 'c') press(bead, 'confirm');
    else if (key === 'x') press(bead, 'reject');
    else if (key === 'm') press(bead, 'merge');
    else if (key === 's') { if (bead) location.href = bead.querySelector('a.ordinal').href; }
    else if (key === 'u') {
      var undo = document.querySelector('#undo-form button');
      if (undo) send(undo.form, undo);
    } else return;
    event.preventDefault();
  });

  document.addEventListener('click', function (event) {
    var bead = event.target.closest && event.target.closest('.bead');
    if (bead && !event.target.closest('button, a')) select(bead, false);
    var keys = event.target.closest && event.target.closest('[data-keys-help]');
    if (keys) { var help = document.getElementById('keys-help'); if (help) help.showModal(); }
  });

  // Files chosen for import are read here and sent as base64 with the form.
  var fileInput = document.getElementById('import-files');
  var importForm = document.getElementById('import-form');
  if (fileInput && importForm) {
    fileInput.closest('[hidden]') && fileInput.closest('[hidden]').removeAttribute('hidden');
    importForm.addEventListener('submit', function (event) {
      if (!fileInput.files.length) return;
      event.preventDefault();
      var progress = document.getElementById('import-progress');
      if (progress) progress.textContent = 'Reading ' + fileInput.files.length + ' file(s)…';
      Promise.all(Array.prototype.map.call(fileInput.files, function (file) {
        return file.arrayBuffer().then(function (buffer) {
          var bytes = new Uint8Array(buffer);
          var binary = '';
          for (var i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
          return { name: file.name, base64: btoa(binary) };
        });
      })).then(function (files) {
        var text = importForm.querySelector('textarea[name="text"]').value;
        var name = importForm.querySelector('input[name="name"]').value;
        if (text.trim()) files.push({ name: name || 'pasted text', text: text });
        if (progress) progress.textContent = 'Importing: aligning and checking…';
        return fetch('/import', {
          method: 'POST',
          headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-CSRF-Token': token },
          body: JSON.stringify({ files: files }),
          credentials: 'same-origin',
        });
      }).then(function (response) {
        return response.json().then(function (payload) {
          if (!response.ok) throw new Error(payload.error || 'the import failed');
          location.href = '/?import=' + payload.id + '#import';
        });
      }).catch(function (error) {
        if (progress) progress.textContent = error.message;
      });
    });
  }

  // Start on the bead of the URL's fragment (after a reload), else the first one.
  var start = location.hash && document.getElementById(location.hash.slice(1));
  if (start && start.classList.contains('bead')) select(start);
  else if (document.querySelector('.bead')) select(beads()[0], false, false);
  var pending = sessionStorage.getItem('muqabala-toast');
  if (pending) { sessionStorage.removeItem('muqabala-toast'); say(pending); }
})();
