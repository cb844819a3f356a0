// The indicators dashboard (/dashboard): draws the figures the page hands over in its JSON block #dashboard-data.
(() => {
    const source = document.getElementById('dashboard-data');
    if (!source || typeof Chart === 'undefined') return;
    const { label, time, units, marks } = JSON.parse(source.textContent);
    const fmt = new Intl.NumberFormat('vi-VN');
    // Each chart gets options of its own: Chart.js fills in the object it is given (scales, axes), so a shared one
    // would carry the line chart's axes into the bar chart and leave its bars undrawn.
    const options = valueAxis => ({
        responsive: true,
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: c => fmt.format(c.parsed[valueAxis]) } } },
    });
    // A dashed line where the tree was reorganised (the reform of 1/7/2025), named under the chart.
    const reform = {
        id: 'reform',
        afterDatasetsDraw(chart) {
            const x = chart.scales.x, area = chart.chartArea, ctx = chart.ctx;
            for (const m of marks || []) {
                const lo = Math.floor(m.at), hi = Math.ceil(m.at);
                const px = (x.getPixelForValue(lo) + x.getPixelForValue(hi)) / 2;
                ctx.save();
                ctx.strokeStyle = '#5c5c5c';
                ctx.setLineDash([6, 4]);
                ctx.beginPath(); ctx.moveTo(px, area.top); ctx.lineTo(px, area.bottom); ctx.stroke();
                ctx.restore();
            }
        },
    };
    const t = document.getElementById('chart-time');
    if (t) new Chart(t, {
        type: 'line',
        data: { labels: time.map(p => p.Label), datasets: [{ label, data: time.map(p => p.Value), borderColor: '#b3261e', backgroundColor: '#b3261e', tension: 0.2 }] },
        options: options('y'),
        plugins: [reform],
    });
    const u = document.getElementById('chart-units');
    if (u) new Chart(u, {
        type: 'bar',
        data: { labels: units.map(p => p.Name), datasets: [{ label, data: units.map(p => p.Value), backgroundColor: '#1f5f8b' }] },
        options: { ...options('x'), indexAxis: 'y' },
    });
})();
