'use strict';

module.exports = {
  'Password': 'Password',
  'Invalid password': 'Wrong password, please try again',
  'Password reset token expired': 'The password reset link has expired',
  'Your API token': 'Your API token',
  'Ticket sold out': 'Sold out',
};
