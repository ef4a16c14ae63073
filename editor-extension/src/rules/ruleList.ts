// `cmplan rules` read back: the rule ids, default severities and one-line descriptions, by group.

export interface RuleSummary {
  readonly id: string;
  readonly severity: string;
  readonly description: string;
  readonly group: string;
}

/** Parses `cmplan rules`: group headings ("Configurable:") then `  id  severity  description` lines. */
export function parseRules(output: string): RuleSummary[] {
  const rules: RuleSummary[] = [];
  let group = '';
  for (const line of output.split(/\r?\n/)) {
    const heading = /^(\S.*):\s*$/.exec(line);
    if (heading) {
      group = heading[1].replace(/\s*\(.*\)$/, '');
      continue;
    }
    const rule = /^\s+([a-z][a-z-]*)\s+(\S+)\s+(.*)$/.exec(line);
    if (rule) {
      rules.push({ id: rule[1], severity: rule[2], description: rule[3].trim(), group });
    }
  }
  return rules;
}
