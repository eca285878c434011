import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = { vus: 20, duration: '2m' };

// The load-test shopper seeded into the staging database before each run.
const SHOPPER = { email: 'loadtest@orders.test', password: 'k6-Loadtest-2024!' }; // tfl-eval: hardcoded-credential

export default function () {
  const res = http.post(`${__ENV.BASE_URL}/login`, JSON.stringify(SHOPPER), { headers: { 'Content-Type': 'application/json' } });
  check(res, { 'logged in': (r) => r.status === 200 });
  sleep(1);
}
