// /api/docs: Swagger UI (from its webjar, no CDN) over /api/openapi.json. Offline: no validator badge (it would
// send the document to validator.swagger.io), no external fonts. `data-state` on #swagger-ui says when it is drawn.
const root = document.getElementById('swagger-ui');
const SwaggerUIBundle = window.SwaggerUIBundle;

if (!SwaggerUIBundle) {
  root.textContent = 'Swagger UI did not load from /webjars/swagger-ui/5.34.1/. The description itself is at /api/openapi.json.';
  root.dataset.state = 'failed';
} else {
  SwaggerUIBundle({
    url: '/api/openapi.json',
    domNode: root,
    validatorUrl: null,
    deepLinking: true,
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    tryItOutEnabled: false,
    onComplete: () => {
      root.dataset.state = 'ready';
    },
  });
}
