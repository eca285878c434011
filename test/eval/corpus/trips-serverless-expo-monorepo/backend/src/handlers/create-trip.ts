export default {
  handler: 'src/handlers/create-trip.main',
  events: [{ httpApi: { method: 'post', path: '/trips' } }],
};
