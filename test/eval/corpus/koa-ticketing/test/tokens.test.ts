import { issueAccessToken } from '../src/auth/tokens';

const secret = 'test-secret';
const wrongPassword = 'not-the-password';

it('issues a token', () => {
  expect(issueAccessToken('u1')).toBeTruthy();
  expect(secret).not.toEqual(wrongPassword);
});
