import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { SECRET } from '../stores/gateway-logs';

const REDACTED_LITERAL = '"[redacted]"';

/**
 * The text of an operation as a log keeps it: as the client wrote it, except the literal values
 * given to arguments, input fields and variable defaults whose names look secret
 * (`login(password: "…")`), which become "[redacted]". Variables are redacted by the log itself.
 * The text is cut by the parsed document's source locations, so nothing else of it changes.
 */
export function queryForLog(document: DocumentNode): string | null {
  const source = document.loc?.source.body;
  if (source === undefined) return null;
  const cuts: { start: number; end: number }[] = [];
  const cut = (value: ASTNode | undefined) => value?.loc && value.kind !== Kind.VARIABLE && cuts.push(value.loc);
  visit(document, {
    Argument: (node) => void (SECRET.test(node.name.value) && cut(node.value)),
    ObjectField: (node) => void (SECRET.test(node.name.value) && cut(node.value)),
    VariableDefinition: (node) => void (SECRET.test(node.variable.name.value) && cut(node.defaultValue)),
  });
  let text = source;
  for (const { start, end } of cuts.sort((a, b) => b.start - a.start)) text = text.slice(0, start) + REDACTED_LITERAL + text.slice(end);
  return text;
}
