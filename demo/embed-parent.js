// For a page that shows demo/embed.html in an iframe without pym.js: include this once, anywhere
// (<script src="embed-parent.js" defer></script>), and mark each such iframe with
// `data-resignation-timeline`. Each marked frame then takes the height its timeline reports (so
// it never scrolls inside), and re-dispatches the reader's selections on the iframe element as a
// `timeline-select` event ({ eventId, trigger }, bubbling), as the element itself does. Frames
// without the attribute are left alone. No dependencies; plain script or module.
addEventListener('message', (message) => {
  const { data } = message;
  if (!data || typeof data !== 'object') return;
  const frame = [...document.querySelectorAll('iframe[data-resignation-timeline]')].find(
    (candidate) => candidate.contentWindow === message.source,
  );
  if (!frame) return;
  if (data.sentinel === 'amp' && data.type === 'embed-size' && data.height > 0) {
    frame.style.height = `${Math.ceil(data.height)}px`;
  } else if (data.sentinel === 'resignation-timeline' && data.type === 'timeline-select') {
    frame.dispatchEvent(
      new CustomEvent('timeline-select', {
        detail: { eventId: String(data.eventId), trigger: String(data.trigger) },
        bubbles: true,
      }),
    );
  }
});
