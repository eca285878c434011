// Where PHP code runs as the app boots (for every request under PHP-FPM): the front controller,
// bootstrap and config files, route files, a service provider's boot()/register(), a Symfony
// kernel's boot(). Console commands, migrations and deploy recipes are one-off processes (tests and
// seeders are the engine's file scope, where the rule never runs).
import { baseClassName, enclosingFunction, enclosingNamedFunction } from '../../languages/php';
import type { SyntaxNode } from '../../languages/treeSitter';

const ONE_OFF_PATHS = /(?:^|\/)(?:database\/migrations|migrations|app\/Console|src\/Command|deploy|\.deployer)\/|(?:^|\/)(?:deploy\.php|Envoy\.blade\.php|artisan|[^/]*\.blade\.php|[^/]*Command\.php)$/;
/**
 * Files whose top-level code runs on every boot; CodeIgniter 4 loads app/Config/Events.php (its
 * `Events::on('pre_system', …)` closures run on every request) and app/Config/Boot/<environment>.php.
 */
const BOOT_FILES = /(?:^|\/)(?:public\/index\.php|index\.php|bootstrap\/[^/]+\.php|bootstrap\.php|config\/[^/]+\.php|web\/app\.php|app\.php|app\/Config\/Events\.php|app\/Config\/Boot\/[^/]+\.php)$/;
const ROUTE_FILES = /(?:^|\/)routes\/[^/]+\.php$/;
const BOOT_METHODS = new Set(['boot', 'register']);

export type BootContext = 'boot-file' | 'routes' | 'service-provider' | 'kernel';

export function isOneOffPath(path: string): boolean {
  return ONE_OFF_PATHS.test(path);
}

/** Whether `node` runs when the app boots, and why; undefined when it does not (or cannot be told). */
export function bootContextOf(node: SyntaxNode, path: string): BootContext | undefined {
  const method = enclosingNamedFunction(node);
  if (method?.classNode && BOOT_METHODS.has(method.name.toLowerCase())) {
    const base = baseClassName(method.classNode) ?? '';
    if (/ServiceProvider$/.test(base) || /(?:^|\/)app\/Providers\//.test(path)) return 'service-provider';
    if (method.name === 'boot' && /^(?:Base)?Kernel$/.test(base)) return 'kernel';
  }
  if (BOOT_FILES.test(path) && !method) return 'boot-file';
  // In a route file only the top level runs on boot; a route's closure runs when someone calls it.
  if (ROUTE_FILES.test(path) && !enclosingFunction(node)) return 'routes';
  return undefined;
}
