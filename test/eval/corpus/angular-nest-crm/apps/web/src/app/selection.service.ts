import { Injectable } from '@angular/core';

// Runs in the browser: one user, one tab.
@Injectable({ providedIn: 'root' })
export class SelectionService {
  private readonly selectedByUser = new Map<string, string[]>();

  select(userId: string, contactId: string): void {
    this.selectedByUser.set(userId, [...(this.selectedByUser.get(userId) ?? []), contactId]);
  }
}
