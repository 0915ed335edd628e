// Starts Swagger UI on the API description. A file of its own: the Content-Security-Policy allows no
// inline script. The validator badge is off (it would call a server elsewhere), and an entered token
// is not kept in the browser's storage.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/v1/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    persistAuthorization: false,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
