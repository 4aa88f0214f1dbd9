// Progressive enhancement only: every page works without JavaScript.
import { initAll } from '/assets/govuk/govuk-frontend.min.js';
initAll();

// Large Annex A uploads: show progress while the file is sent (the form also works without this).
for (const form of document.querySelectorAll('form[data-upload-progress]')) {
  form.addEventListener('submit', (event) => {
    if (!window.XMLHttpRequest || !window.FormData) return;
    event.preventDefault();
    const box = form.querySelector('.uplift-progress');
    const bar = form.querySelector('progress');
    const text = form.querySelector('[data-progress-text]');
    box.hidden = false;
    form.querySelector('button').disabled = true;
    const xhr = new XMLHttpRequest();
    xhr.upload.addEventListener('progress', (e) => {
      if (!e.lengthComputable) return;
      const pct = Math.round((e.loaded / e.total) * 100);
      bar.value = pct;
      text.textContent = pct < 100 ? `${pct}% sent` : 'Sent. Checking every row; this can take a few minutes for a large file.';
    });
    xhr.addEventListener('load', () => {
      if (xhr.responseURL && xhr.responseURL !== form.action) { window.location.assign(xhr.responseURL); return; }
      const doc = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      document.title = doc.title;
      document.querySelector('main').replaceWith(doc.querySelector('main'));
    });
    xhr.addEventListener('error', () => { text.textContent = 'The upload failed. Check your connection and try again.'; form.querySelector('button').disabled = false; });
    xhr.open('POST', form.action);
    xhr.send(new FormData(form));
  });
}
