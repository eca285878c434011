import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';

// Deliberately vulnerable: the signing key ships with the code.
const privateKey = '-----BEGIN RSA PRIVATE KEY-----\nCESFXz4SPF5IHuXjDhhDGpUlrkCs58SwjmLJLvK0eIOjaB6pjQ5zIZCCHm73DfX6\n/Z0y9Ez51R76RBf96zPpKMOZPoTmv388ZHF6wa1eCs0dlEYBZ815KCcLrDu+PcYC\nJlUakOLIWoj9NjBQ8LHOBrDSLwjENwNRq9NcYTZDuD2bT4fDMk+pVtgSgrnSHdM5\nHnPEYKf8y8o+J5aSm1FPW4Om3zYOT8LVuLjyudIeUZ9hrUs5BfqobpnFlTZ4PJIT\nqpjUrqRUqBU1UG9gJItdfekwfhvtUWln9D/75Go+UC2/Gc8JvtMwsPNd84o2U89w\nchuot7PREH2XdAO6VzOgbDI0Fn5Zec9miPhpXvk3kF6d3ZqK/vnN9B6Y9mu4OzAx\nT/0dMtqPT0YpgXIc396ZVqO4PM8M9OacNLRGUBl9DeS7PBBen4Y4Pyk4/jkkOjFX\nL0NmKum+FEEJQJFoaqsAxM8lY7WGrIUn/YPjIuMNb1SAZmLcQXIpi8DEAqxJpQh8\nxFChOEFLAfEOiLzfgF4S/KaJI4NDZZOoPIgBmUzQdFBkuYf2aliCq0fznxMvUw/T\nA1jOKc1mhYsRNq8GZJg4RGSgrEbmiGIGp2f1DY95WEVOEulgUl+yrwmG+6udLy74\nq/V64yIKLjnqqJy/TRPuzPJNYOrd8+vKbRkeMQds4NLOFP6/Wmz+B6XH97L5DQ2W\nLxTE+2H16S50QJpRsQPWrpE32AniOFhHF1TKLn+aJDgkmvSWPeUfrase8oIaumO2\nmjNjSfP/Hnm3Mpt2EYvA7KdY4OmEXrxq\n-----END RSA PRIVATE KEY-----'; // tfl-eval: hardcoded-credential
export const publicKey = process.env.JWT_PUBLIC_KEY ?? '';

export const hash = (data: string) => crypto.createHash('md5').update(data).digest('hex');
export const hmac = (data: string) => crypto.createHmac('sha256', 'tq4Zmb9QhWp2Xe7Lr3Kd').update(data).digest('hex'); // tfl-eval: hardcoded-credential

export const authorize = (user = {}) => jwt.sign(user, privateKey, { expiresIn: '6h', algorithm: 'RS256' });
