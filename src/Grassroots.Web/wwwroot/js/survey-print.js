// The counter's QR sheet: its print button.
document.querySelectorAll('[data-print]').forEach(b => b.addEventListener('click', () => window.print()));
