// Support desk: which agent has claimed which ticket, held by the desk object the app builds once.
import { Router, type Request, type Response } from 'express';

export class SupportDesk {
  private claims: Record<string, string> = /* ticket id -> agent */ {}; // tfl-eval: memory-session-store
  private readonly labels = new Map<string, string>(); // tfl-eval-not: memory-session-store

  claim = (req: Request, res: Response): void => {
    this.claims[req.params.ticket] = req.header('x-agent-email') ?? '';
    res.sendStatus(204);
  };

  label = (req: Request, res: Response): void => {
    this.labels.set(req.params.ticket, String(req.body.label));
    res.sendStatus(204);
  };
}

export function createSupportDesk(): { router: Router } {
  const desk = new SupportDesk();
  const router = Router();
  router.post('/tickets/:ticket/claim', desk.claim);
  router.post('/tickets/:ticket/label', desk.label);
  return { router };
}
