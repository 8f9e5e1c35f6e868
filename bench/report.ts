export interface Row {
  section: string;
  metric: string;
  value: number;
  unit: string;
  ratio?: number;
  target?: string;
  pass?: boolean;
}

/** Collects figures and prints them as one table at the end of the run. */
export class Report {
  readonly rows: Row[] = [];

  add(
    section: string,
    metric: string,
    value: number,
    unit: string,
    extra: Pick<Row, 'ratio' | 'target' | 'pass'> = {},
  ): void {
    this.rows.push({ section, metric, value, unit, ...extra });
    console.log(
      `  ${metric}: ${format(value)} ${unit}${extra.ratio !== undefined ? ` (ratio ${extra.ratio.toFixed(2)})` : ''}`,
    );
  }

  print(): void {
    const lines = [
      '| section | metric | value | ratio | target | met |',
      '|---|---|---|---|---|---|',
      ...this.rows.map(
        (row) =>
          `| ${row.section} | ${row.metric} | ${format(row.value)} ${row.unit} | ${row.ratio?.toFixed(2) ?? ''} | ${row.target ?? ''} | ${row.pass === undefined ? '' : row.pass ? 'yes' : 'NO'} |`,
      ),
    ];
    console.log(`\n${lines.join('\n')}\n`);
  }
}

function format(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(value >= 10 ? 1 : 2);
}
