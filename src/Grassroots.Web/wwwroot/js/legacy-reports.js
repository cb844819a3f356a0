// The past-reports upload (/legacy-reports): each chosen file is sent on its own, with its own progress bar and then
// the server's answer (a link to review it, or why it was refused); the list is refreshed when all are done.
(() => {
    const form = document.getElementById('legacy-upload');
    const list = document.getElementById('upload-progress');
    if (!form || !list || typeof XMLHttpRequest === 'undefined' || typeof FormData === 'undefined') return;
    const sendOne = (file, row) => new Promise(resolve => {
        const data = new FormData();
        data.append('ImportUnit', form.querySelector('[name=ImportUnit]').value);
        data.append('Uploads', file, file.name);
        data.append('__RequestVerificationToken', form.querySelector('[name=__RequestVerificationToken]').value);
        const bar = row.querySelector('progress');
        const status = row.querySelector('.legacy-status');
        const xhr = new XMLHttpRequest();
        xhr.open('POST', '/legacy-reports?handler=One');
        xhr.upload.addEventListener('progress', p => { if (p.lengthComputable) bar.value = Math.round(100 * p.loaded / p.total); });
        xhr.upload.addEventListener('load', () => { bar.removeAttribute('value'); status.textContent = list.dataset.reading; });
        xhr.addEventListener('load', () => {
            let answer = null;
            try { answer = JSON.parse(xhr.responseText); } catch { answer = null; }
            bar.hidden = true;
            if (answer && answer.ok) {
                const a = document.createElement('a');
                a.href = answer.url;
                a.textContent = answer.message;
                status.textContent = '';
                status.appendChild(a);
            } else {
                status.textContent = answer && answer.message ? answer.message : list.dataset.failed;
                status.classList.add('text-danger');
            }
            resolve();
        });
        xhr.addEventListener('error', () => { bar.hidden = true; status.textContent = list.dataset.failed; status.classList.add('text-danger'); resolve(); });
        xhr.send(data);
    });
    form.addEventListener('submit', async e => {
        const input = form.querySelector('input[type=file]');
        if (!input || !input.files || input.files.length === 0) return; // the server says what is missing
        e.preventDefault();
        const button = form.querySelector('button[type=submit]');
        button.disabled = true;
        list.textContent = '';
        const rows = Array.from(input.files).map(file => {
            const li = document.createElement('li');
            li.className = 'legacy-upload-row';
            const name = document.createElement('strong');
            name.textContent = file.name + ': ';
            const bar = document.createElement('progress');
            bar.max = 100;
            bar.value = 0;
            bar.className = 'legacy-progress';
            bar.setAttribute('aria-label', file.name);
            const status = document.createElement('span');
            status.className = 'legacy-status ms-2';
            status.textContent = list.dataset.sending;
            li.append(name, bar, status);
            list.appendChild(li);
            return { file, li };
        });
        for (const r of rows) await sendOne(r.file, r.li); // one at a time: the server reads one report at a time anyway
        button.disabled = false;
        input.value = '';
        const refreshed = await fetch(location.pathname + location.search, { credentials: 'same-origin' });
        if (refreshed.ok) {
            const doc = new DOMParser().parseFromString(await refreshed.text(), 'text/html');
            const fresh = doc.getElementById('list-title');
            const current = document.getElementById('list-title');
            if (fresh && current) current.closest('section').replaceWith(fresh.closest('section'));
        }
    });
})();
