import type { NextApiRequest, NextApiResponse } from 'next';

const REVALIDATE_TOKEN = process.env.REVALIDATE_TOKEN; // tfl-eval-not: hardcoded-credential

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.query.secret !== REVALIDATE_TOKEN) {
    return res.status(401).json({ message: 'Invalid token' }); // tfl-eval-not: hardcoded-credential
  }
  await res.revalidate('/');
  return res.json({ revalidated: true });
}
