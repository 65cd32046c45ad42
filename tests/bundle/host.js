// The builds test's host page: records every error the page sees, imports the library (once or
// twice, from the URLs the query names), then writes a provider and the three widgets, the
// provider last when `late=1` (a late provider, found by id).
const query = new URLSearchParams(location.search);
window.pageErrors = [];
addEventListener('error', (e) => window.pageErrors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => window.pageErrors.push(String(e.reason)));

const main = document.getElementById('main');
const provider = Object.assign(document.createElement('withdrawal-data'), { id: 'story' });
provider.setAttribute('now', '2026-12-04T12:00:00Z');
const widgets = ['withdrawal-timeline', 'base-map', 'milestone-countdown'].map((tag) => {
  const el = document.createElement(tag);
  el.setAttribute('source', 'story');
  return el;
});
widgets[0].setAttribute('deep-link', '');

window.loaded = (async () => {
  await import(query.get('first'));
  if (query.get('second')) await import(query.get('second'));
  if (query.get('late')) {
    main.append(...widgets);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    main.append(provider);
  } else {
    main.append(provider, ...widgets);
  }
})().catch((error) => window.pageErrors.push(String(error)));
