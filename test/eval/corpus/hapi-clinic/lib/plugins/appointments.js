'use strict';

const Joi = require('joi');

exports.plugin = {
  name: 'appointments',
  register(server) {
    server.route({
      method: 'POST',
      path: '/patients',
      options: {
        validate: {
          payload: Joi.object({
            email: Joi.string().email().required(),
            password: Joi.string().min(12).required(), // tfl-eval-not: hardcoded-credential
          }),
        },
      },
      handler: (request) => ({ created: request.payload.email }),
    });
  },
};
