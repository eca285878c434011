import axios from 'axios';

export const ledgerApi = axios.create({
  baseURL: 'https://ledger.internal.example/api',
  headers: { Authorization: 'Bearer tmBWx2dUN3fsgBLW43ylYhc8wDFuOuCNDWvJ1ICi' }, // tfl-eval: hardcoded-credential
});

export const geoApi = axios.create({
  baseURL: 'https://geo.example.com/v1',
  headers: { 'x-api-key': 'Lw9AtEHGbdYrU7bTIA1CH671Vy5onncl' }, // tfl-eval: hardcoded-credential
});

export const publicApi = axios.create({
  baseURL: 'https://status.example.com',
  headers: { Authorization: `Bearer ${process.env.STATUS_TOKEN}` }, // tfl-eval-not: hardcoded-credential
});
