// Pipe tables (`| Model | Parameters | MMLU Score |`), tab-separated rows and columns aligned with spaces, as plain-text
// newsletters set them (`Baidu           RMB32.4bn     -3%`): a figure in a cell takes its metric from the column
// header, its company from the row, and its period from a year in the row's first cell.
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
  /** Columns aligned with spaces, not set apart by pipes or tabs. */
  aligned?: boolean;
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

/**
 * The cells of a line whose columns are set apart by two spaces or more (a leading gap leaves the first cell empty), or
 * null when it is no such line: three cells at least, each short, none ending a sentence ("Revenue rose.  It grew." is
 * prose typed with two spaces after a full stop).
 */
function alignedCells(line: string, at: number): Cell[] | null {
  if (line.length > 160 || !/\S {2,}\S/.test(line)) return null;
  const cells: Cell[] = [];
  const lead = /^ */.exec(line)![0].length;
  if (lead >= 2) cells.push({ start: at, end: at });
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
    if (m[0].length > 40 || /[.。!?;；]$/.test(m[0])) return null;
    cells.push({ start: at + m.index, end: at + m.index + m[0].length });
  }
  return cells.length >= 3 ? cells : null;
}

/** A row's cells placed under the header's columns by where they start (an empty cell for a column the row leaves blank). */
function underColumns(row: Cell[], header: Cell[], rowAt: number, headerAt: number): Cell[] {
  const out: Cell[] = header.map(() => ({ start: rowAt, end: rowAt }));
  for (const c of row) {
    let col = 0;
    for (let k = 0; k < header.length; k++) if (header[k]!.start - headerAt <= c.start - rowAt + 2) col = k;
    if (out[col]!.end === out[col]!.start) out[col] = c;
  }
  return out;
}

/** Every table row of the text (header rows included, with header null), in text order. */
export function findTableRows(norm: string): TableRow[] {
  const rows: TableRow[] = [];
  const aligned = / {2}\S/.test(norm);
  if (!norm.includes('|') && !norm.includes('\t') && !aligned) return rows;
  let header: TableRow | null = null;
  let pos = 0;
  while (pos <= norm.length) {
    let end = norm.indexOf('\n', pos);
    if (end < 0) end = norm.length;
    const line = norm.slice(pos, end);
    // (aligned columns: a header line, then rows with a figure under it; a lone aligned line is no table)
    const cells = aligned && !line.includes('|') && !line.includes('\t') ? alignedCells(line, pos) : null;
    if (cells) {
      if (header && header.aligned) rows.push({ start: pos, end, cells: underColumns(cells, header.cells, pos, header.start), header });
      else {
        let nextEnd = norm.indexOf('\n', end + 1);
        if (nextEnd < 0) nextEnd = norm.length;
        const next = end < norm.length ? alignedCells(norm.slice(end + 1, nextEnd), end + 1) : null;
        if (next && /\d/.test(norm.slice(end + 1, nextEnd))) {
          header = { start: pos, end, cells, header: null, aligned: true };
          rows.push(header);
        } else header = null;
      }
      pos = end + 1;
      continue;
    }
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
