import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getNullableType, GraphQLError, isListType, Kind, parse, visit, type ASTVisitor, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/** Bounds on what one operation may ask, so no single request can exhaust the hub. */
export interface OperationLimits {
  /** Lexical tokens in a document (stops huge documents before they are parsed). */
  maxTokens: number;
  /** Nesting of selections, through fragments. */
  maxDepth: number;
  /** Aliased fields in one operation (stops alias floods). */
  maxAliases: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /**
   * Estimated cost: every field counts once per item it is fetched for. A paged list counts as many
   * items as its `first:` asks for (a variable counts as the 100-row maximum); an unpaged list (the
   * centre registry, breakdowns) as 10, since the schema pages every list that can grow.
   */
  maxCost: number;
}

export const DEFAULT_LIMITS: OperationLimits = { maxTokens: 4000, maxDepth: 12, maxAliases: 30, maxDirectives: 30, maxCost: 50_000 };

const MAX_PAGE_SIZE = 100;
const UNPAGED_LIST_SIZE = 10;

function refuse(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'OPERATION_LIMIT_EXCEEDED' } });
}

function depthOf(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0;
  let deepest = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      deepest = Math.max(deepest, sel.selectionSet ? 1 + depthOf(sel.selectionSet, fragments, seen) : 1);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(sel.selectionSet, fragments, seen));
    } else if (!seen.has(sel.name.value)) {
      // A fragment spread cycle is reported by the standard rules; count each fragment once per path.
      const fragment = fragments[sel.name.value];
      deepest = Math.max(deepest, depthOf(fragment?.selectionSet, fragments, new Set([...seen, sel.name.value])));
    }
  }
  return deepest;
}

function pageSizeOf(node: FieldNode): number | null {
  const first = node.arguments?.find((a) => a.name.value === 'first');
  if (!first) return null;
  return first.value.kind === Kind.INT ? Math.min(Number(first.value.value), MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
}

/** Estimates the cost of each operation from the schema's list types (fragments are expanded by type info). */
export function costRule(maxCost: number) {
  return (context: ValidationContext): ASTVisitor => {
    const multipliers: number[] = [1];
    const pageSizes: (number | null)[] = [null];
    let cost = 0;
    return {
      OperationDefinition: {
        enter() {
          cost = 0;
        },
        leave(node) {
          if (cost > maxCost) {
            context.reportError(refuse(`The operation ${node.name?.value ?? ''} would cost about ${cost}; the limit is ${maxCost}. Ask for smaller pages or fewer nested lists.`.replace('  ', ' ')));
          }
        },
      },
      Field: {
        enter(node) {
          const def = context.getFieldDef();
          const parent = multipliers.at(-1)!;
          const own = pageSizeOf(node);
          let size = 1;
          if (def && isListType(getNullableType(def.type))) size = pageSizes.at(-1) ?? UNPAGED_LIST_SIZE;
          cost += parent;
          multipliers.push(parent * size);
          // A connection's `first:` sizes the list below it; a list consumes it.
          pageSizes.push(own ?? (size > 1 ? null : pageSizes.at(-1)!));
        },
        leave() {
          multipliers.pop();
          pageSizes.pop();
        },
      },
    };
  };
}

/** A validation rule enforcing depth, aliases and directives over the whole document. */
export function limitsRule(limits: OperationLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(doc) {
      const fragments = Object.fromEntries(
        doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
      );
      let aliases = 0;
      let directives = 0;
      for (const def of doc.definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION) continue;
        const depth = depthOf(def.selectionSet, fragments, new Set());
        if (depth > limits.maxDepth) context.reportError(refuse(`The operation is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`));
      }
      visit(doc, {
        Field(node) {
          if (node.alias) aliases++;
        },
        Directive() {
          directives++;
        },
      });
      if (aliases > limits.maxAliases) context.reportError(refuse(`The operation uses ${aliases} aliases; the limit is ${limits.maxAliases}.`));
      if (directives > limits.maxDirectives) context.reportError(refuse(`The operation uses ${directives} directives; the limit is ${limits.maxDirectives}.`));
    },
  });
}

/** Enforces the limits at parse time (tokens) and validation time (depth, aliases, directives). */
export function useOperationLimits(limits: OperationLimits = DEFAULT_LIMITS): GatewayPlugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxTokens: limits.maxTokens });
        } catch (err) {
          if (err instanceof GraphQLError && /token limit/i.test(err.message)) {
            throw refuse(`The document has more than ${limits.maxTokens} tokens.`);
          }
          throw err;
        }
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(limitsRule(limits));
      addValidationRule(costRule(limits.maxCost));
    },
  };
}
