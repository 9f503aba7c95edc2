import { columnConstraints, tableLabel } from "../ast.js";
import { alterCommands } from "../columns.js";
import type { Rule } from "./rule.js";

const KINDS: Record<string, string> = { CONSTR_UNIQUE: "UNIQUE", CONSTR_PRIMARY: "PRIMARY KEY", CONSTR_EXCLUSION: "EXCLUDE" };

/**
 * UNIQUE, PRIMARY KEY or EXCLUDE added to an existing table other than USING INDEX, including on a new
 * column. squawk disallowed-unique-constraint and adding-serial-primary-key-field, eugene E7 and E8.
 */
export const uniqueConstraint: Rule = (context) => {
  const { relation, commands } = alterCommands(context.node);
  if (!relation || context.state.isNew(relation)) return;
  for (const { command, constraint, column } of commands) {
    const added = command.subtype === "AT_AddConstraint" && constraint ? [constraint] : command.subtype === "AT_AddColumn" && column ? columnConstraints(column) : [];
    for (const found of added) {
      const kind = KINDS[found.contype ?? ""];
      if (kind && !found.indexname) context.report("MIGRATION_UNIQUE_CONSTRAINT", context.at(found.location), { kind, table: tableLabel(relation) });
    }
  }
};
