// Create React App's development server loads this file; the production build is static files behind the API's own host.
const { createProxyMiddleware } = require('http-proxy-middleware');

module.exports = function setupProxy(app) {
  app.use('/api', createProxyMiddleware({ target: 'http://localhost:8080', changeOrigin: true }));
  app.use('/ws', createProxyMiddleware({ target: 'ws://127.0.0.1:8081', ws: true }));
};
