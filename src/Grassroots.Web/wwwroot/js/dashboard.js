// The indicators dashboard (/dashboard): draws the figures the page hands over in its JSON block #dashboard-data.
(() => {
    const source = document.getElementById('dashboard-data');
    if (!source || typeof Chart === 'undefined') return;
    const { label, time, units } = JSON.parse(source.textContent);
    const fmt = new Intl.NumberFormat('vi-VN');
    const options = { responsive: true, plugins: { legend: { display: false }, tooltip: { callbacks: { label: c => fmt.format(c.parsed.y ?? c.parsed.x) } } } };
    const t = document.getElementById('chart-time');
    if (t) new Chart(t, { type: 'line', data: { labels: time.map(p => p.Label), datasets: [{ label, data: time.map(p => p.Value), borderColor: '#b3261e', backgroundColor: '#b3261e', tension: 0.2 }] }, options });
    const u = document.getElementById('chart-units');
    if (u) new Chart(u, { type: 'bar', data: { labels: units.map(p => p.Name), datasets: [{ label, data: units.map(p => p.Value), backgroundColor: '#1f5f8b' }] }, options: { ...options, indexAxis: 'y' } });
})();
