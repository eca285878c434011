import jwt from 'jsonwebtoken';
import { jwtAlgorithm, jwtSecret, tokenIssuer } from '../config';

export function issue(userId: string): string {
  return jwt.sign({ sub: userId }, jwtSecret, { algorithm: jwtAlgorithm, issuer: tokenIssuer });
}
