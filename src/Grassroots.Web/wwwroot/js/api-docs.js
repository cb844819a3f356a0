// The API documentation (/api/docs, Platform/Http/ApiDocs.cs): Swagger UI in its base layout, reading the OpenAPI
// document named by #swagger-ui's data-url. The standalone layout's top bar is left out: its logo carries an inline
// style element the Content-Security-Policy refuses.
window.addEventListener('load', () => {
    const root = document.getElementById('swagger-ui');
    if (!root || typeof SwaggerUIBundle === 'undefined') return;
    window.ui = SwaggerUIBundle({
        url: root.dataset.url,
        dom_id: '#swagger-ui',
        presets: [SwaggerUIBundle.presets.apis],
        layout: 'BaseLayout',
        validatorUrl: null,
    });
});
