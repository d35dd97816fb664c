// Upload with a progress bar. Without JavaScript (or XHR) the form simply posts; with it, the same
// form data goes through XMLHttpRequest so the <progress> element can follow the upload. The
// server's answer replaces this page as if the form had posted: the page a redirect led to, or
// this page again with errors or the CSV step.
const form = document.querySelector('form[data-upload-progress]');
if (form && 'XMLHttpRequest' in window && 'FormData' in window) {
    const progress = form.querySelector('progress');
    const label = form.querySelector('label[for="upload-progress"]');
    const status = form.querySelector('[data-upload-status]');
    const button = form.querySelector('button[type="submit"]');
    form.addEventListener('submit', (event) => {
        const file = form.querySelector('input[type="file"]');
        if (!file || file.files.length === 0) {
            return; // let the server say what is missing
        }

        event.preventDefault();
        if (file.files[0].size > Number(form.dataset.maxBytes)) {
            // Said before hours of sending: the server would turn the file away all the same.
            status.textContent = form.dataset.tooLargeText;
            return;
        }

        const request = new XMLHttpRequest();
        request.open('POST', form.action);
        request.upload.addEventListener('progress', (e) => {
            if (e.lengthComputable) {
                progress.max = e.total;
                progress.value = e.loaded;
            }
        });
        request.upload.addEventListener('load', () => {
            status.textContent = form.dataset.busyText;
        });
        request.addEventListener('load', () => {
            // After a redirect the answer is the next page already (with its one-time status
            // message), so it is shown here and the address bar follows, instead of loading it again.
            if (request.responseURL && request.responseURL !== form.action) {
                window.history.replaceState(null, '', request.responseURL);
            }

            document.open();
            document.write(request.responseText);
            document.close();
        });
        request.addEventListener('error', () => {
            status.textContent = form.dataset.failedText;
            button.disabled = false;
        });
        progress.hidden = false;
        label.hidden = false;
        button.disabled = true;
        request.send(new FormData(form));
    });
}
