// `cmplan rules --format json` read back: each rule's id, default severity, title, summary and documentation.

export interface RuleSummary {
  readonly id: string;
  readonly severity: string;
  readonly title: string;
  readonly description: string;
  /** "Configurable" or "Structural": the sections of the picker. */
  readonly group: string;
  /** The rule's Markdown page (what `cmplan explain <id>` prints). */
  readonly documentation: string;
}

interface RuleJson {
  readonly id: string;
  readonly severity: string;
  readonly structural: boolean;
  readonly title: string;
  readonly summary: string;
  readonly documentation: string;
}

/** Parses `cmplan rules --format json`; throws when the output is not that document. */
export function parseRules(output: string): RuleSummary[] {
  const parsed = JSON.parse(output) as { rules?: RuleJson[] };
  if (!Array.isArray(parsed.rules)) {
    throw new Error('cmplan rules --format json gave no "rules" list');
  }
  return parsed.rules.map((r) => ({
    id: r.id,
    severity: r.severity,
    title: r.title,
    description: r.summary,
    group: r.structural ? 'Structural' : 'Configurable',
    documentation: r.documentation,
  }));
}
