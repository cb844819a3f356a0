// The disclosure form (/disclosures): offer only the catalogue of the chosen unit's kind; the server refuses any other anyway.
(() => {
    const unit = document.getElementById('UnitCode'), category = document.getElementById('CategoryId');
    if (!unit || !category) return;
    const sync = () => {
        const audience = unit.selectedOptions[0]?.dataset.audience;
        for (const group of category.querySelectorAll('optgroup')) {
            const off = group.dataset.audience !== audience;
            group.hidden = off;
            group.disabled = off;
        }
        const current = category.selectedOptions[0];
        if (!current || current.parentElement.disabled) {
            const first = category.querySelector('optgroup:not([disabled]) option');
            if (first) category.value = first.value;
        }
    };
    unit.addEventListener('change', sync);
    sync();
})();
