import { columnConstraints, tableLabel } from "../ast.js";
import { alterCommands } from "../columns.js";
import type { Rule } from "./rule.js";

const KINDS: Record<string, string> = { CONSTR_FOREIGN: "foreign key", CONSTR_CHECK: "check" };

/**
 * A foreign key or check added to an existing table without NOT VALID, or validated in the same transaction
 * block that added it. squawk constraint-missing-not-valid and adding-foreign-key-constraint, eugene E1.
 */
export const constraintWithoutNotValid: Rule = (context) => {
  const { relation, commands } = alterCommands(context.node);
  if (!relation || context.state.isNew(relation)) return;
  const table = tableLabel(relation);
  for (const { command, constraint, column } of commands) {
    const added = command.subtype === "AT_AddConstraint" && constraint ? [constraint] : command.subtype === "AT_AddColumn" && column ? columnConstraints(column) : [];
    for (const found of added) {
      const kind = KINDS[found.contype ?? ""];
      if (kind && !found.skip_validation) context.report("MIGRATION_CONSTRAINT_WITHOUT_NOT_VALID", context.at(found.location), { kind, table });
    }
    if (command.subtype === "AT_ValidateConstraint" && command.name && context.state.notValidInTransaction.has(command.name)) {
      context.report("MIGRATION_CONSTRAINT_WITHOUT_NOT_VALID", context.range, { kind: "validated", table });
    }
  }
};
