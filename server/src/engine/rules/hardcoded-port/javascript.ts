// Factor VII for JS/TS: a server that binds a literal port, with no environment read on the way.
import ts from 'typescript';
import { processEnvRead } from '../../fixes/envRead';
import { moduleBindings, objectProperty, spanOf, walk } from '../../languages/ts-ast';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ReplaceFix } from '../../types';
import { isNonServerPath } from '../process-paths';
import { literalPort, singleDeclarations, type LiteralPort } from './javascript-literals';
import { portMessage } from './messages';
import { mayReport } from './javascript-prefilter';
import { gatewaySettingsPort } from './javascript-gateways';
import { grpcBindPort, mayBindPort, serverPort, type PortArgument } from './javascript-servers';
import { importedJsPort } from './javascript-imported';

export const javascriptCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  keywords: ['listen', 'port', 'servercredentials'],
  // Every server shape names the port through a `listen` call or a `port` option (or `set('port')`); a member or a call
  // of an imported module (`config.port`) only when the node layer found that module's port (importedPorts).
  mayReport: (file) => mayReport(file) || (file.options.importedPorts?.length ?? 0) > 0,
  check,
};

function check(context: RuleContext): void {
  if (isNonServerPath(context.path)) return;
  const source = context.parsed.typescript;
  let bindings: Map<string, string> | undefined;
  let declarations: Map<string, ts.VariableDeclaration> | undefined;
  walk(source, (node) => {
    const gateway = ts.isObjectLiteralExpression(node) && objectProperty(node, 'mixins') ? gatewaySettingsPort(node, (bindings ??= moduleBindings(source))) : undefined;
    if (!gateway && ((!ts.isCallExpression(node) && !ts.isNewExpression(node)) || !mayBindPort(node))) return;
    declarations ??= singleDeclarations(source);
    const grpc = ts.isCallExpression(node) ? grpcBindPort(node, declarations) : undefined;
    if (grpc) {
      context.report({ span: spanOf(grpc.expression), message: portMessage(grpc.port, 'process.env.PORT') });
      return;
    }
    const argument = gateway ?? serverPort(node as ts.CallExpression | ts.NewExpression, (bindings ??= moduleBindings(source)), declarations);
    if (!argument) return;
    const literal = literalPort(argument.expression, declarations);
    if (!literal) return reportImported(argument, (bindings ??= moduleBindings(source)), declarations, context);
    const fix = literal.typed ? undefined : portFix(literal, argument, context);
    context.report({ span: spanOf(argument.expression), message: portMessage(literal.port, 'process.env.PORT'), ...(fix ? { fix } : {}) });
  });
}

/** `app.listen(config.port)` where the imported module exports a fixed port (node layer's importedPorts): no fix here, the value is there. */
function reportImported(argument: PortArgument, bindings: ReadonlyMap<string, string>, declarations: ReadonlyMap<string, ts.VariableDeclaration>, context: RuleContext): void {
  const facts = context.options.importedPorts;
  const imported = facts && facts.length > 0 ? importedJsPort(argument.expression, bindings, declarations, facts) : undefined;
  if (!imported) return;
  const said = imported.called ? `${imported.name}() returns it, in ${imported.path}` : `${imported.path} exports it as ${imported.name}`;
  context.report({
    span: spanOf(argument.expression),
    message: `${portMessage(imported.port, 'process.env.PORT')} (${said})`,
    relatedElsewhere: [{ path: imported.path, range: imported.range, message: 'Factor VII: the fixed port the server binds.' }],
  });
}

/**
 * `process.env.PORT ?? 3000` where node's `listen` takes the string as is; `Number(...)` where the
 * value lands in an options object or a variable, or in TypeScript, so the type stays a number.
 */
function portFix(literal: LiteralPort, argument: PortArgument, context: RuleContext): ReplaceFix {
  const read = processEnvRead('PORT', context.text);
  const asNumber = ts.isNumericLiteral(literal.literal);
  const inPlace = argument.positional && unwrapsTo(argument.expression, literal.literal);
  const plain = `${read} ?? ${literal.literal.getText()}`;
  const text = asNumber && (!inPlace || context.language === 'typescript') ? `Number(${plain})` : plain;
  return { kind: 'replace', title: 'Read the port from PORT', edits: [{ span: spanOf(literal.literal), text }] };
}

function unwrapsTo(expression: ts.Expression, literal: ts.Node): boolean {
  let current: ts.Node = expression;
  while (ts.isParenthesizedExpression(current)) current = current.expression;
  return current === literal;
}
