'use strict';

module.exports = app => {
  const { router, controller, middleware } = app;
  router.get('/healthz', controller.health.show);
  router.post('/api/v1/sessions', controller.session.create);
  router.delete('/api/v1/sessions', controller.session.destroy);
  router.get('/api/v1/events', controller.event.index);
  router.get('/api/v1/events/:id', controller.event.show);
  router.post('/api/v1/orders', middleware.rateLimit({ max: 20 }), controller.order.create);
  router.post('/api/v1/webhooks/stripe', controller.webhook.stripe);
};
