import { columnRewrite } from "./column-rewrite.js";
import { columnTypeChange } from "./column-type-change.js";
import { concurrentlyInTransaction } from "./concurrently-in-transaction.js";
import { constraintWithoutNotValid } from "./constraint-not-valid.js";
import { drop } from "./drop.js";
import { dropIndexNotConcurrent } from "./drop-index-not-concurrent.js";
import { indexNotConcurrent } from "./index-not-concurrent.js";
import { keyNotBigintIdentity } from "./key-type.js";
import { lengthLimitedText } from "./length-limited-text.js";
import { lockTimeoutMissing } from "./lock-timeout.js";
import { moneyType } from "./money.js";
import { noPrimaryKey } from "./no-primary-key.js";
import { rename } from "./rename.js";
import { requiredColumnWithoutDefault } from "./required-column.js";
import { setNotNull } from "./set-not-null.js";
import { timestampWithoutTimeZone } from "./timestamp.js";
import { truncateCascade } from "./truncate-cascade.js";
import { uniqueConstraint } from "./unique-constraint.js";
import { unboundedWrite } from "./unbounded-write.js";
import type { Rule } from "./rule.js";

export type { Rule, RuleCode, StatementContext } from "./rule.js";

/** Every static migration rule, run on each statement of an up migration in this order. */
export const rules: readonly Rule[] = [
  lockTimeoutMissing,
  indexNotConcurrent,
  dropIndexNotConcurrent,
  concurrentlyInTransaction,
  constraintWithoutNotValid,
  setNotNull,
  requiredColumnWithoutDefault,
  columnRewrite,
  columnTypeChange,
  uniqueConstraint,
  rename,
  drop,
  truncateCascade,
  unboundedWrite,
  noPrimaryKey,
  keyNotBigintIdentity,
  timestampWithoutTimeZone,
  moneyType,
  lengthLimitedText,
];
