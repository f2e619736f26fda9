// demo/iframe.html: copy buttons for the snippets, and what the page hears from the frame.
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const text = document.getElementById(button.dataset.copy).textContent;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select the text to copy it';
    }
  });
}

document.addEventListener('timeline-select', ({ target, detail }) => {
  if (target instanceof HTMLIFrameElement) {
    document.querySelector('.demo-heard').textContent =
      `The page heard: timeline-select, event "${detail.eventId}" (${detail.trigger}).`;
  }
});
