// CRMKit pipeline board: submits the deal forms with fetch and moves cards by dragging.
// Every form also works without this script (plain POST, then a redirect back).
(function () {
  'use strict';

  var tokenMeta = document.querySelector('meta[name="csrf-token"]');
  var token = tokenMeta ? tokenMeta.getAttribute('content') : '';

  document.addEventListener('submit', function (event) {
    var form = event.target.closest ? event.target.closest('form.deal-action') : null;
    if (!form) {
      return;
    }
    event.preventDefault();
    post(form.getAttribute('action'), new URLSearchParams(new FormData(form)), form.getAttribute('data-deal'));
  });

  function post(url, body, dealId) {
    setBusy(true);
    return fetch(url, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (result) {
        if (response.ok && result && result.ok) {
          return refresh(result.notice, dealId);
        }
        if (result && result.violations && result.violations.length) {
          showViolations(dealId, result.violations, null);
        } else {
          showViolations(dealId, [], (result && result.error) || ('The request failed (HTTP ' + response.status + ').'));
        }
        return null;
      });
    }).catch(function () {
      showViolations(dealId, [], 'The server did not answer.');
    }).then(function () {
      setBusy(false);
    });
  }

  // Re-reads the page and swaps its main element, so counts, totals and cards are the server's.
  function refresh(notice, dealId) {
    return fetch(window.location.pathname, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.text(); })
      .then(function (text) {
        var fresh = new DOMParser().parseFromString(text, 'text/html').getElementById('main');
        var current = document.getElementById('main');
        if (fresh && current) {
          current.replaceWith(document.importNode(fresh, true));
        }
        if (notice) {
          showNotice(notice);
        }
        var card = dealId ? document.getElementById('deal-' + dealId) : null;
        if (card) {
          card.classList.add('just-moved');
        }
      });
  }

  function showNotice(text) {
    var main = document.getElementById('main');
    if (!main) {
      return;
    }
    var old = main.querySelector('.notice');
    if (old) {
      old.remove();
    }
    var notice = document.createElement('p');
    notice.className = 'notice';
    notice.setAttribute('role', 'status');
    notice.textContent = text;
    var head = main.querySelector('.page-head') || main.querySelector('h1');
    if (head) {
      head.after(notice);
    } else {
      main.prepend(notice);
    }
  }

  // Lists every broken rule next to the deal's card: rule id and message, written as text only.
  function showViolations(dealId, violations, error) {
    var card = dealId ? document.getElementById('deal-' + dealId) : null;
    var box = card ? card.querySelector('.violations') : null;
    if (!box) {
      box = document.createElement('div');
      box.className = 'violations';
      box.setAttribute('role', 'alert');
      var main = document.getElementById('main');
      if (main) {
        main.prepend(box);
      }
    }
    box.textContent = '';
    box.classList.remove('empty');
    var title = document.createElement('p');
    title.className = 'violations-title';
    title.textContent = error ? error : 'Not done, ' + violations.length + (violations.length === 1 ? ' rule' : ' rules') + ' broken:';
    box.appendChild(title);
    if (violations.length) {
      var list = document.createElement('ul');
      violations.forEach(function (violation) {
        var item = document.createElement('li');
        item.className = 'violation';
        item.setAttribute('data-rule', violation.ruleId);
        item.setAttribute('data-field', violation.field || '');
        var rule = document.createElement('code');
        rule.className = 'rule';
        rule.textContent = violation.ruleId;
        var message = document.createElement('span');
        message.className = 'message';
        message.textContent = violation.message;
        item.appendChild(rule);
        item.appendChild(document.createTextNode(' '));
        item.appendChild(message);
        list.appendChild(item);
      });
      box.appendChild(list);
    }
  }

  function setBusy(busy) {
    document.body.classList.toggle('busy', busy);
  }

  // Dragging with pointer events: a card follows the pointer, the column under it lights up, and dropping
  // posts a move to that column's stage.
  var drag = null;

  document.addEventListener('pointerdown', function (event) {
    if (event.button !== 0 || !event.target.closest) {
      return;
    }
    var card = event.target.closest('.board .card');
    if (!card || event.target.closest('a, button, input, select, textarea, label')) {
      return;
    }
    drag = { card: card, x: event.clientX, y: event.clientY, active: false };
  });

  document.addEventListener('pointermove', function (event) {
    if (!drag) {
      return;
    }
    var dx = event.clientX - drag.x;
    var dy = event.clientY - drag.y;
    if (!drag.active) {
      if (Math.abs(dx) + Math.abs(dy) < 6) {
        return;
      }
      drag.active = true;
      drag.card.classList.add('dragging');
      document.body.classList.add('is-dragging');
    }
    event.preventDefault();
    drag.card.style.transform = 'translate(' + dx + 'px, ' + dy + 'px) rotate(1.5deg)';
    highlight(columnAt(event.clientX, event.clientY));
  });

  document.addEventListener('pointerup', function (event) {
    finishDrag(event, true);
  });

  document.addEventListener('pointercancel', function (event) {
    finishDrag(event, false);
  });

  function finishDrag(event, drop) {
    if (!drag) {
      return;
    }
    var current = drag;
    drag = null;
    if (!current.active) {
      return;
    }
    var column = drop ? columnAt(event.clientX, event.clientY) : null;
    current.card.style.transform = '';
    current.card.classList.remove('dragging');
    document.body.classList.remove('is-dragging');
    highlight(null);
    if (!column || column.getAttribute('data-stage') === current.card.getAttribute('data-stage')) {
      return;
    }
    var body = new URLSearchParams();
    body.set('csrf', token);
    body.set('return', 'board');
    body.set('stage', column.getAttribute('data-stage'));
    post(current.card.getAttribute('data-move'), body, current.card.getAttribute('data-deal'));
  }

  function columnAt(x, y) {
    var element = document.elementFromPoint(x, y);
    return element && element.closest ? element.closest('.board .column') : null;
  }

  function highlight(column) {
    document.querySelectorAll('.board .column.drop-target').forEach(function (other) {
      if (other !== column) {
        other.classList.remove('drop-target');
      }
    });
    if (column) {
      column.classList.add('drop-target');
    }
  }
}());
