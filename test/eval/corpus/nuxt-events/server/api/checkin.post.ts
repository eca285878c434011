import { createHash } from 'node:crypto';
import jwt from 'jsonwebtoken';

const SCANNER_SECRET = 'scanner-wi51eXi2XRIzB22qql3wuCsBw5n3Bhqm'; // tfl-eval: hardcoded-credential

export default defineEventHandler(async (event) => {
  const { ticket } = await readBody(event);
  try {
    const claims = jwt.verify(ticket, SCANNER_SECRET) as { tid: string };
    return { ok: true, id: createHash('sha256').update(claims.tid).digest('hex') };
  } catch {
    throw createError({ statusCode: 401, statusMessage: 'Invalid or expired token' }); // tfl-eval-not: hardcoded-credential
  }
});
