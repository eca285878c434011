'use strict';

module.exports = {
  poort: process.env.PORT || 3000,
  database: {
    host: process.env.DB_HOST,
    gebruiker: 'winkel',
    wachtwoord: 'IzTsu4n1IdAaKx2a', // tfl-eval: hardcoded-credential
    naam: 'winkel',
  },
  mollie: {
    apiSleutel: process.env.MOLLIE_API_KEY, // tfl-eval-not: hardcoded-credential
  },
};
