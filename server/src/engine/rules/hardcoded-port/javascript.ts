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

export const javascriptCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  keywords: ['listen', 'port', 'servercredentials'],
  // Every server shape names the port through a `listen` call or a `port` option (or `set('port')`).
  mayReport,
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
    if (!literal) return;
    const fix = literal.typed ? undefined : portFix(literal, argument, context);
    context.report({ span: spanOf(argument.expression), message: portMessage(literal.port, 'process.env.PORT'), ...(fix ? { fix } : {}) });
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
