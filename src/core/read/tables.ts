// Pipe tables (`| Model | Parameters | MMLU Score |`) and tab-separated rows: a figure in a cell takes its metric
// from the column header, its company from the row, and its period from a year in the row's first cell.
export interface Cell {
  start: number;
  end: number;
}

export interface TableRow {
  start: number;
  end: number;
  cells: Cell[];
  /** The table's header row (the first row), or null for the header itself. */
  header: TableRow | null;
}

const SEPARATOR_ROW = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function splitCells(norm: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  const line = norm.slice(start, end);
  const sep = line.includes('|') ? '|' : '\t';
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line[i] === sep) {
      if (i > from || sep === '\t') cells.push({ start: start + from, end: start + i });
      from = i + 1;
    }
  }
  // a leading "|" gives an empty first piece: drop empty edge cells of pipe rows
  return sep === '|' ? cells.filter((c, k) => !(norm.slice(c.start, c.end).trim() === '' && (k === 0 || k === cells.length - 1))) : cells;
}

const isRowLine = (line: string) => /^\s*\|.*\|.*\|/.test(line) || (line.split('\t').length >= 3 && /\d/.test(line));

/** Every table row of the text (header rows included, with header null), in text order. */
export function findTableRows(norm: string): TableRow[] {
  const rows: TableRow[] = [];
  if (!norm.includes('|') && !norm.includes('\t')) return rows;
  let header: TableRow | null = null;
  let pos = 0;
  while (pos <= norm.length) {
    let end = norm.indexOf('\n', pos);
    if (end < 0) end = norm.length;
    const line = norm.slice(pos, end);
    if (isRowLine(line) || (header && SEPARATOR_ROW.test(line))) {
      if (!SEPARATOR_ROW.test(line)) {
        const row: TableRow = { start: pos, end, cells: splitCells(norm, pos, end), header };
        rows.push(row);
        if (!header) header = row;
      }
    } else if (line.trim() !== '' || header === null) header = null;
    else header = null;
    pos = end + 1;
  }
  return rows;
}

/** The row holding `pos`, and the column of its cell. */
export function cellAt(rows: TableRow[], pos: number): { row: TableRow; col: number } | null {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = rows[mid]!;
    if (pos < r.start) hi = mid - 1;
    else if (pos > r.end) lo = mid + 1;
    else {
      const col = r.cells.findIndex((c) => pos >= c.start && pos < c.end);
      return col < 0 ? null : { row: r, col };
    }
  }
  return null;
}
