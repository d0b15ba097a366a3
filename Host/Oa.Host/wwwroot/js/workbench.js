// Workbench: asks before destructive actions (拒绝, 撤回). A submit button with data-confirm opens the
// <dialog id="wb-confirm">; only "确定" lets the post go ahead. Runs in the capture phase so the form
// island's own submit handler (which writes formData) only sees the confirmed submit.
// Without JavaScript the buttons post directly and the server's checks still apply.
(function () {
  'use strict';
  var confirmed = null; // the submitter whose next submit was confirmed

  document.addEventListener('submit', function (event) {
    var button = event.submitter;
    if (!button || !button.dataset.confirm || event.target !== button.form) return;
    if (confirmed === button) {
      confirmed = null;
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    ask(button);
  }, true);

  function ask(button) {
    var dialog = document.getElementById('wb-confirm');
    if (!dialog || typeof dialog.showModal !== 'function') {
      if (window.confirm(button.dataset.confirm)) go(button);
      return;
    }
    var needComment = button.dataset.requireComment === 'true' && !commentOf(button.form);
    dialog.querySelector('.wb-confirm-text').textContent = button.dataset.confirm;
    dialog.querySelector('.wb-confirm-need').hidden = !needComment;
    dialog.querySelector('button[value="ok"]').disabled = needComment;
    dialog.returnValue = '';
    dialog.onclose = function () {
      if (dialog.returnValue === 'ok') go(button);
      else if (needComment) focusComment(button.form);
    };
    dialog.showModal();
  }

  function go(button) {
    confirmed = button;
    button.form.requestSubmit(button);
  }

  function commentOf(form) {
    var field = form.querySelector('textarea[name="comment"]');
    return field ? field.value.trim() : 'n/a';
  }

  function focusComment(form) {
    var field = form.querySelector('textarea[name="comment"]');
    if (field) field.focus();
  }
})();

// Inbox: a "select all" box ticks every task box of the batch form (批量同意 / 批量拒绝).
document.addEventListener('change', function (event) {
  var all = event.target;
  if (!all.dataset || !all.dataset.checkAll) return;
  all.form.querySelectorAll('input[type="checkbox"][name="' + all.dataset.checkAll + '"]').forEach(function (box) { box.checked = all.checked; });
});

// Instance page: clicking (tapping) a node of the progress diagram shows that node's tasks. The lists are rendered by
// the server (_NodeTasks.cshtml) for the nodes that have tasks; a user task not reached yet says so; other elements
// (gateways, events) close the panel.
document.addEventListener('oa:node-click', function (event) {
  var card = event.target.closest && event.target.closest('.wb-diagram-card');
  var panel = card && card.querySelector('[data-node-panel]');
  if (!panel) return;
  var id = event.detail && event.detail.id;
  var found = false;
  panel.querySelectorAll('[data-node-tasks]').forEach(function (list) {
    var match = list.getAttribute('data-node-tasks') === id;
    list.hidden = !match;
    found = found || match;
  });
  var isTask = /Task$/.test((event.detail && event.detail.type) || '');
  if (!found && isTask) panel.querySelector('[data-node-tasks=""]').hidden = false;
  panel.hidden = !found && !isTask;
  if (!panel.hidden) panel.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
});

document.addEventListener('click', function (event) {
  var close = event.target.closest && event.target.closest('[data-node-close]');
  if (close) close.closest('[data-node-panel]').hidden = true;
});
