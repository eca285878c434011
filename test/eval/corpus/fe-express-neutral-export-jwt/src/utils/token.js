import jwt from 'jsonwebtoken';
import { APP_NAME, SIGNER, TOKEN_TTL } from '../constants.js';

export const sign = (userId) => jwt.sign({ sub: userId, iss: APP_NAME }, SIGNER, { expiresIn: TOKEN_TTL });
export const verify = (token) => jwt.verify(token, SIGNER);
