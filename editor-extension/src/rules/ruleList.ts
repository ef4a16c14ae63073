// `cmplan rules --format json` read back: each rule's id, default severity, title, summary and documentation.

export interface RuleSummary {
  readonly id: string;
  readonly severity: string;
  readonly title: string;
  readonly description: string;
  /** Structural rules (syntax, references…) cannot be configured; the picker lists the two groups apart. */
  readonly structural: boolean;
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

/** Parses `cmplan rules --format json`; undefined when the output is not that document (the caller says so in the user's language). */
export function parseRules(output: string): RuleSummary[] | undefined {
  let parsed: { rules?: RuleJson[] };
  try {
    parsed = JSON.parse(output) as { rules?: RuleJson[] };
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed?.rules)) {
    return undefined;
  }
  return parsed.rules.map((r) => ({
    id: r.id,
    severity: r.severity,
    title: r.title,
    description: r.summary,
    structural: r.structural,
    documentation: r.documentation,
  }));
}
