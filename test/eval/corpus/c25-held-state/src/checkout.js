// Checkout routes: the draft order of each shopper, kept between the steps of the wizard.
function checkoutRoutes(router) {
  const steps = // what each shopper has filled in so far  // tfl-eval: memory-session-store
    new Map();
  router.post('/checkout/step', (req, res) => {
    const shopperId = req.get('x-account-id');
    steps.set(shopperId, { ...steps.get(shopperId), ...req.body });
    res.json({ ok: true });
  });
  return router;
}

module.exports = { checkoutRoutes };
