import jwt from 'jsonwebtoken';

const secret = process.env.JWT_SECRET || 'changeme'; // tfl-eval-not: hardcoded-credential

test('signs a booking token', () => {
  expect(jwt.verify(jwt.sign({ sub: 7 }, secret), secret)).toMatchObject({ sub: 7 });
});
