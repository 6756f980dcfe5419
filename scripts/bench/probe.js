/* global window, document, MutationObserver, requestAnimationFrame */
// Installed in every page the bench opens (Playwright addInitScript). It
// watches what a user sees of the workbench and stamps, on the page's own
// clock, the moments the bench times, so the app needs no hooks for it.
(() => {
  const probe = {
    /** Last input event anywhere (typing in a search or filter box). */
    input: 0,
    /** Last click, and last Enter key press (ends a cell edit). */
    click: 0,
    enter: 0,
    /** The import preview's form first shown. */
    preview: 0,
    /** The frame after grid cells first appeared was painted. */
    gridPainted: 0,
    /** Each change of the record count text: { t, text }. */
    counts: [],
    /** Each change of the save indicator: { t, pending, text }. */
    saves: [],
    lastCount: null,
    lastSave: null,
    reset() {
      probe.preview = 0;
      probe.gridPainted = 0;
      probe.gridSeen = false;
      probe.counts = [];
      probe.saves = [];
      return performance.now();
    },
  };
  probe.gridSeen = false;
  window.__podscanBench = probe;

  const stamp = (field) => () => {
    probe[field] = performance.now();
  };
  window.addEventListener('input', stamp('input'), true);
  window.addEventListener('click', stamp('click'), true);
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter') probe.enter = performance.now();
    },
    true,
  );

  // rAF runs just before a frame is painted; a task queued from it runs
  // once that frame is out.
  const afterPaint = (done) => requestAnimationFrame(() => setTimeout(done, 0));

  const observe = () => {
    const now = performance.now();
    if (!probe.preview && document.querySelector('.import-form')) {
      probe.preview = now;
    }
    if (!probe.gridSeen && document.querySelector('.record-grid .ag-cell')) {
      probe.gridSeen = true;
      afterPaint(() => {
        probe.gridPainted = performance.now();
      });
    }
    const count = document.querySelector('.record-count');
    const countText = count ? count.textContent : null;
    if (countText !== probe.lastCount) {
      probe.lastCount = countText;
      probe.counts.push({ t: now, text: countText });
    }
    const save = document.querySelector('.save-status');
    const saveState = save
      ? `${save.getAttribute('data-pending')}|${save.textContent}`
      : null;
    if (saveState !== probe.lastSave) {
      probe.lastSave = saveState;
      probe.saves.push({
        t: now,
        pending: save ? Number(save.getAttribute('data-pending')) : 0,
        text: save ? save.textContent : '',
      });
    }
  };

  const start = () =>
    new MutationObserver(observe).observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-pending'],
    });
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start);
})();
