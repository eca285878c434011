import frisby from 'frisby';

const REST_URL = 'http://localhost:3000/rest';

describe('/rest/user/login', () => {
  it('POST login existing user', () => {
    return frisby.post(REST_URL + '/user/login', { body: { email: 'jim@goat.shop', password: 'ncc-1701' } }).expect('status', 200); // tfl-eval-not: hardcoded-credential
  });
  it('POST login with admin credentials', () => {
    const adminPassword = 'admin123'; // tfl-eval-not: hardcoded-credential
    return frisby.post(REST_URL + '/user/login', { body: { email: 'admin@goat.shop', password: adminPassword } }).expect('status', 200);
  });
});
