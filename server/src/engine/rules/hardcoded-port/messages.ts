// One wording for the rule in every language; `read` is the language's environment read.

export function portMessage(port: number, read: string): string {
  return `Factor VII: the server binds hardcoded port ${port}; read the port from the environment (${read}) so the platform can assign it.`;
}
