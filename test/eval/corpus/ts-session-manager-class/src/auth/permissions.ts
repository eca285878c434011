// Roles are loaded once from the config file and only read by requests.
export class PermissionTable {
  private roles = new Map<string, string[]>(); // tfl-eval-not: memory-session-store

  load(rows: Array<{ role: string; actions: string[] }>): void {
    for (const row of rows) this.roles.set(row.role, row.actions);
  }

  allows(role: string, action: string): boolean {
    return this.roles.get(role)?.includes(action) ?? false;
  }
}
