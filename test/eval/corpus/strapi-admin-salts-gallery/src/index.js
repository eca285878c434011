module.exports = {
  register() {},
  bootstrap({ strapi }) {
    strapi.log.info('gallery ready; set the admin password from the first-run screen');
  },
};
