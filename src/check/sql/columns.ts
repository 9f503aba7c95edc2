import type { ColumnDef, Constraint, Node, RangeVar } from "libpg-query";
import { columnConstraints, names, nodeAs } from "./ast.js";

/** A column a statement declares: in CREATE TABLE, ADD COLUMN, or as the new type of ALTER COLUMN ... TYPE. */
export interface DeclaredColumn {
  column: ColumnDef;
  name: string;
  relation: RangeVar | undefined;
  via: "create" | "add" | "type";
  /** Part of the primary key, or named `id`. */
  isKey: boolean;
}

/** Every column `node` declares, with where it is declared. */
export function declaredColumns(node: Node): DeclaredColumn[] {
  const create = nodeAs(node, "CreateStmt");
  if (create) {
    const tableKeys = new Set(
      (create.tableElts ?? []).flatMap((item) => {
        const constraint = nodeAs(item, "Constraint");
        return constraint?.contype === "CONSTR_PRIMARY" ? names(constraint.keys) : [];
      }),
    );
    return (create.tableElts ?? []).flatMap((item) => {
      const column = nodeAs(item, "ColumnDef");
      if (!column?.colname) return [];
      const name = column.colname;
      return [{ column, name, relation: create.relation, via: "create" as const, isKey: isKeyColumn(column) || tableKeys.has(name) }];
    });
  }
  const alter = nodeAs(node, "AlterTableStmt");
  if (!alter) return [];
  return (alter.cmds ?? []).flatMap((item): DeclaredColumn[] => {
    const command = nodeAs(item, "AlterTableCmd");
    const column = nodeAs(command?.def, "ColumnDef");
    if (!command || !column) return [];
    if (command.subtype === "AT_AddColumn" && column.colname) {
      return [{ column, name: column.colname, relation: alter.relation, via: "add", isKey: isKeyColumn(column) }];
    }
    if (command.subtype === "AT_AlterColumnType" && command.name) {
      return [{ column, name: command.name, relation: alter.relation, via: "type", isKey: command.name === "id" }];
    }
    return [];
  });
}

function isKeyColumn(column: ColumnDef): boolean {
  return column.colname === "id" || columnConstraints(column).some((constraint) => constraint.contype === "CONSTR_PRIMARY");
}

/** The ALTER TABLE commands of a statement, with their constraint when they add one. */
export function alterCommands(node: Node) {
  const alter = nodeAs(node, "AlterTableStmt");
  if (!alter || (alter.objtype !== undefined && alter.objtype !== "OBJECT_TABLE")) return { relation: undefined, commands: [] };
  const commands = (alter.cmds ?? []).flatMap((item) => {
    const command = nodeAs(item, "AlterTableCmd");
    if (!command) return [];
    const constraint: Constraint | undefined = nodeAs(command.def, "Constraint");
    const column: ColumnDef | undefined = nodeAs(command.def, "ColumnDef");
    return [{ command, constraint, column }];
  });
  return { relation: alter.relation, commands };
}
