import { Injectable, Scope } from '@nestjs/common';

// A new instance per request: what it holds dies with the request.
@Injectable({ scope: Scope.REQUEST })
export class RequestContext {
  private readonly seenSessions = new Set<string>();

  remember(sessionId: string): void {
    this.seenSessions.add(sessionId);
  }
}
