// findPageConflicts in steps, for a caller that must not hold a thread for long (a page of megabytes has tens of
// thousands of figures). Two figures only conflict within one of conflictGroups (the grouping findPageConflicts
// uses), so each group is checked on its own, with a pause between groups; the conflicts are those of
// findPageConflicts over the whole list, with indexes into the whole list (tests/unit/check-figures-steps.test.ts
// compares the two).
import type { FxTable } from '../schema';
import type { Figure } from '../types';
import { conflictGroups, currenciesOf, findPageConflicts, type PageConflict } from './page-consistency';

export function* findPageConflictsSteps(
  figures: readonly Figure[],
  text: string,
  fx: FxTable,
  pageYear: number | null,
): Generator<void, Map<number, PageConflict[]>, void> {
  const parts = conflictGroups(figures);
  const currencies = currenciesOf(figures);
  const found: [number, PageConflict[]][] = [];
  for (const members of parts.values()) {
    if (members.length < 2) continue;
    const conflicts = findPageConflicts(members.map((i) => figures[i] as Figure), text, fx, pageYear, currencies);
    for (const [x, list] of conflicts) {
      found.push([members[x] as number, list.map((c) => ({ ...c, other: members[c.other] as number }))]);
    }
    yield;
  }
  return new Map(found);
}
