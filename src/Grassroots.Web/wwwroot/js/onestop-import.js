// The one-stop import form (/onestop): sends the file with a progress bar (a dossier list of a million rows is a
// hundred megabytes), then shows what the server answered — the dashboard after a redirect, or the form with its errors.
(() => {
    const form = document.getElementById('onestop-import');
    const bar = document.getElementById('import-progress');
    const status = document.getElementById('import-status');
    if (!form || !bar || !status || typeof XMLHttpRequest === 'undefined') return;
    form.addEventListener('submit', e => {
        const button = e.submitter;
        const file = form.querySelector('input[type=file]');
        if (!file || !file.files || file.files.length === 0) return; // the server says what is missing
        e.preventDefault();
        const data = new FormData(form);
        const action = (button && button.formAction) || form.action;
        const xhr = new XMLHttpRequest();
        xhr.open('POST', action);
        bar.hidden = false;
        bar.value = 0;
        status.textContent = status.dataset.sending;
        form.querySelectorAll('button').forEach(b => { b.disabled = true; });
        xhr.upload.addEventListener('progress', p => {
            if (p.lengthComputable) bar.value = Math.round(100 * p.loaded / p.total);
        });
        xhr.upload.addEventListener('load', () => {
            bar.removeAttribute('value'); // indeterminate while the server reads and computes
            status.textContent = status.dataset.processing;
        });
        xhr.addEventListener('load', () => {
            // The answer is the page to show (the dashboard the redirect led to, with its message, or the refused form): the
            // redirect's own request already took the one-time message, so the page is written as received.
            if (xhr.responseURL) history.replaceState(null, '', xhr.responseURL);
            document.open();
            document.write(xhr.responseText);
            document.close();
        });
        xhr.addEventListener('error', () => {
            status.textContent = status.dataset.failed;
            form.querySelectorAll('button').forEach(b => { b.disabled = false; });
        });
        xhr.send(data);
    });
})();
