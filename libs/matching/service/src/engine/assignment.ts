/**
 * Exact maximum-weight assignment of rows (mentees) to columns (mentors) with column capacities,
 * every row optionally unmatched. The product's own solver: successive shortest augmenting paths
 * (Hungarian method with potentials, Dijkstra on reduced costs) on the capacity-expanded problem,
 * where the expansion is implicit — a mentor's capacity slots share one cost row, so each row
 * expansion scans mentors, not slots — and a hidden "nobody" column of unlimited capacity makes
 * every instance feasible (unbalanced sets, forbidden pairs).
 *
 * - `weight[i * cols + j]` is the gain of pairing row i with column j; `-Infinity` forbids the
 *   pair. Unmatched rows gain 0, so a pair with a negative weight is never chosen.
 * - Deterministic: ties are broken by the lowest index, and nothing depends on time or Math.random.
 * - Exact for integer weights whose sums stay below 2^53 (the caller scales scores to integers).
 *
 * The function is self-contained (no imports, no closures over module state): the worker thread
 * runs it from its source text.
 */
export interface AssignmentInput {
  rows: number;
  cols: number;
  /** Capacity of each column (length `cols`, each ≥ 0). */
  capacity: ArrayLike<number>;
  /** Row-major `rows × cols` gains; `-Infinity` forbids a pair. */
  weight: Float64Array;
}

export interface AssignmentResult {
  /** Column of each row, or -1 when the row stays unmatched. */
  colOfRow: Int32Array;
  /** Sum of the weights of the chosen pairs. */
  total: number;
  matched: number;
}

export function solveAssignment(input: AssignmentInput, onProgress?: (done: number, total: number) => void): AssignmentResult {
  const n = input.rows;
  const m = input.cols;
  const w = input.weight;
  const M = m + 1; // column m is "nobody"
  const cap = new Int32Array(M);
  for (let j = 0; j < m; j++) cap[j] = Math.max(0, Math.floor(input.capacity[j] ?? 0));
  cap[m] = n;
  const slotStart = new Int32Array(M + 1);
  for (let j = 0; j < M; j++) slotStart[j + 1] = slotStart[j] + cap[j];
  const S = slotStart[M];
  const slotRow = new Int32Array(S).fill(-1);
  const slotCol = new Int32Array(S);
  for (let j = 0; j < M; j++) for (let s = slotStart[j]; s < slotStart[j + 1]; s++) slotCol[s] = j;
  const v = new Float64Array(S);
  const load = new Int32Array(M);
  const rowSlot = new Int32Array(n).fill(-1);
  const u = new Float64Array(n);

  let wmax = 0;
  for (let k = 0; k < n * m; k++) {
    const x = w[k];
    if (x > wmax && x !== Infinity) wmax = x;
  }
  // cost = wmax - weight ≥ 0; "nobody" costs wmax. Start: u = row minimum, greedy on tight pairs.
  for (let i = 0; i < n; i++) {
    let bestJ = m;
    let bestC = wmax;
    const base = i * m;
    for (let j = 0; j < m; j++) {
      const c = wmax - w[base + j];
      if (c < bestC && cap[j] > 0) {
        bestC = c;
        bestJ = j;
      }
    }
    u[i] = bestC;
    if (load[bestJ] < cap[bestJ]) {
      const s = slotStart[bestJ] + load[bestJ];
      slotRow[s] = i;
      rowSlot[i] = s;
      load[bestJ]++;
    }
  }

  const best = new Float64Array(M);
  const key = new Float64Array(M);
  const mv = new Float64Array(M); // max potential among a full column's unsettled slots
  const pred = new Int32Array(M);
  const dRow = new Float64Array(n);
  const rowSeen = new Uint8Array(n);
  const slotSettled = new Uint8Array(S);
  const slotPredRow = new Int32Array(S);
  const dSlot = new Float64Array(S);
  const seenRows: number[] = [];
  const settled: number[] = [];
  const step = Math.max(1, Math.floor(n / 100));

  const columnMax = (j: number): number => {
    if (load[j] < cap[j]) return 0;
    let mx = -Infinity;
    for (let s = slotStart[j]; s < slotStart[j + 1]; s++) if (!slotSettled[s] && v[s] > mx) mx = v[s]!;
    return mx;
  };
  // Expands a row and, in the same pass, finds the unsettled column with the lowest key (ties: a
  // column with a free place first, so the search ends as early as possible; then the lowest index).
  let jMin = -1;
  let kMin = Infinity;
  const expand = (i: number): void => {
    const di = dRow[i] - u[i];
    const base = i * m;
    jMin = -1;
    kMin = Infinity;
    let minFree = false;
    for (let j = 0; j < m; j++) {
      const val = di + wmax - w[base + j];
      let k = key[j];
      if (val < best[j]) {
        best[j] = val;
        pred[j] = i;
        k = val - mv[j];
        key[j] = k;
      }
      if (k < kMin) {
        kMin = k;
        jMin = j;
        minFree = load[j] < cap[j];
      } else if (k === kMin && !minFree && k !== Infinity && load[j] < cap[j]) {
        jMin = j;
        minFree = true;
      }
    }
    const val = di + wmax;
    if (val < best[m]) {
      best[m] = val;
      pred[m] = i;
      key[m] = val - mv[m];
    }
    if (key[m] < kMin || (key[m] === kMin && !minFree)) {
      kMin = key[m]!;
      jMin = m;
    }
  };

  for (let r = 0; r < n; r++) {
    if (rowSlot[r] === -1) {
      for (let j = 0; j < M; j++) {
        best[j] = Infinity;
        key[j] = Infinity;
        pred[j] = -1;
        mv[j] = cap[j] === 0 ? -Infinity : columnMax(j);
      }
      dRow[r] = 0;
      rowSeen[r] = 1;
      seenRows.push(r);
      expand(r);
      let terminal = -1;
      let D = 0;
      for (;;) {
        const jStar = jMin;
        D = kMin;
        if (load[jStar] < cap[jStar]) {
          terminal = slotStart[jStar] + load[jStar]; // free slots are the tail of the column's block
          slotPredRow[terminal] = pred[jStar]!;
          break;
        }
        // A full column: settle its unsettled slot with the highest potential (lowest index on ties).
        let s = -1;
        for (let t = slotStart[jStar]; t < slotStart[jStar + 1]; t++) {
          if (!slotSettled[t] && v[t] === mv[jStar]) {
            s = t;
            break;
          }
        }
        slotSettled[s] = 1;
        settled.push(s);
        dSlot[s] = D;
        slotPredRow[s] = pred[jStar]!;
        const i2 = slotRow[s];
        dRow[i2] = D;
        rowSeen[i2] = 1;
        seenRows.push(i2);
        mv[jStar] = columnMax(jStar);
        key[jStar] = best[jStar] - mv[jStar];
        expand(i2);
      }
      // Potentials: rows gain, settled slots lose what the path saved; reduced costs stay ≥ 0.
      for (const i of seenRows) {
        u[i] = u[i] + D - dRow[i];
        rowSeen[i] = 0;
      }
      for (const s of settled) {
        v[s] = v[s] - (D - dSlot[s]);
        slotSettled[s] = 0;
      }
      seenRows.length = 0;
      settled.length = 0;
      // Augment along the predecessor chain.
      load[slotCol[terminal]]++;
      let s = terminal;
      for (;;) {
        const i = slotPredRow[s];
        const prev = rowSlot[i];
        slotRow[s] = i;
        rowSlot[i] = s;
        if (prev === -1) break;
        s = prev;
      }
    }
    if (onProgress && (r + 1) % step === 0) onProgress(r + 1, n);
  }

  const colOfRow = new Int32Array(n).fill(-1);
  let total = 0;
  let matched = 0;
  for (let i = 0; i < n; i++) {
    const j = slotCol[rowSlot[i]];
    if (j < m) {
      colOfRow[i] = j;
      total += w[i * m + j];
      matched++;
    }
  }
  if (onProgress) onProgress(n, n);
  return { colOfRow, total, matched };
}
