/**
 * Exact maximum-weight assignment of rows (mentees) to columns (mentors) with column capacities,
 * every row optionally unmatched. The product's own solver: a row reduction and the Jonker–Volgenant
 * augmenting row reduction place rows without a search, then successive shortest augmenting paths
 * (Hungarian method with potentials, Dijkstra on reduced costs) place the rest, on the capacity-expanded problem,
 * where the expansion is implicit — a mentor's capacity slots share one cost row, so each row
 * expansion scans mentors, not slots — and a hidden "nobody" column of unlimited capacity makes
 * every instance feasible (unbalanced sets, forbidden pairs).
 *
 * - `weight[i * cols + j]` is the gain of pairing row i with column j; `-Infinity` forbids the
 *   pair. Unmatched rows gain 0, so a pair with a negative weight is never chosen.
 * - Deterministic: the same input gives the same assignment (a fixed scan order; nothing depends
 *   on time or Math.random).
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

  // Jonker–Volgenant augmenting row reduction (ARR), adapted to capacity slots and free places.
  // A free row takes the slot with the lowest reduced cost c - v (u1); the slot's potential drops by
  // the gap to the row's second-lowest (u2), so the row stays tight there, and the row it displaces
  // (if any) is tried again at once; on a tie it takes the second slot instead when that one is free.
  // Potentials only ever go down from 0 and only on slots that end up occupied, so every free place
  // keeps v = 0 (a place may stay empty, so its price must stay 0: the reason JV's column reduction
  // and reduction transfer, which raise column prices, do not apply here) and the dual stays
  // feasible: the shortest-augmenting-path phase below starts from these potentials and finishes
  // the rows ARR left free. Bounded work (a price war over scarce places can be long): at most
  // two passes and 3·n row scans in all.
  const top1 = new Float64Array(M); // highest slot potential of each column (a free slot: 0)
  const top2 = new Float64Array(M); // second highest
  const top1Slot = new Int32Array(M);
  const top2Slot = new Int32Array(M);
  const rankColumn = (j: number): void => {
    const free = cap[j] - load[j];
    let a = -Infinity;
    let b = -Infinity;
    let sa = -1;
    let sb = -1;
    if (free > 0) {
      a = 0;
      sa = slotStart[j] + load[j];
      if (free > 1) {
        b = 0;
        sb = sa + 1;
      }
    }
    if (free < 2) {
      for (let t = slotStart[j]; t < slotStart[j] + load[j]; t++) {
        const x = v[t];
        if (x > a) {
          b = a;
          sb = sa;
          a = x;
          sa = t;
        } else if (x > b) {
          b = x;
          sb = t;
        }
      }
    }
    top1[j] = a;
    top2[j] = b;
    top1Slot[j] = sa;
    top2Slot[j] = sb;
  };
  for (let j = 0; j < m; j++) rankColumn(j);
  let freeRows: number[] = [];
  for (let i = 0; i < n; i++) if (rowSlot[i] === -1) freeRows.push(i);
  let budget = 3 * n;
  for (let pass = 0; pass < 2 && freeRows.length > 0 && budget > 0; pass++) {
    const next: number[] = [];
    let k = 0;
    while (k < freeRows.length) {
      if (budget-- <= 0) {
        while (k < freeRows.length) next.push(freeRows[k++]);
        break;
      }
      const i = freeRows[k++];
      const base = i * m;
      // lowest (u1, column j1) and second-lowest (u2, column j2) of the columns' best slots
      let u1 = wmax; // "nobody": always a free slot at potential 0
      let j1 = m;
      let u2 = Infinity;
      let j2 = -1;
      for (let j = 0; j < m; j++) {
        const h = wmax - w[base + j] - top1[j];
        if (h < u2) {
          if (h < u1 || (h === u1 && j1 === m)) {
            u2 = u1;
            j2 = j1;
            u1 = h;
            j1 = j;
          } else {
            u2 = h;
            j2 = j;
          }
        }
      }
      if (j1 === m) {
        // nobody is the best: a free "nobody" slot, no price change
        const s = slotStart[m] + load[m]++;
        slotRow[s] = i;
        rowSlot[i] = s;
        continue;
      }
      // the second slot may be the column's own second-best one
      let s2 = j2 === m ? slotStart[m] + load[m] : j2 >= 0 ? top1Slot[j2] : -1;
      const inOwn = wmax - w[base + j1] - top2[j1];
      if (inOwn <= u2) {
        u2 = inOwn;
        s2 = top2Slot[j1];
      }
      let s = top1Slot[j1];
      let i0 = slotRow[s];
      if (u1 < u2) v[s] -= u2 - u1;
      else if (i0 >= 0 && s2 >= 0 && slotRow[s2] === -1) {
        s = s2;
        i0 = -1;
      }
      const j = slotCol[s];
      if (slotRow[s] === -1) load[j]++; // a free slot is the tail of its column's block
      slotRow[s] = i;
      rowSlot[i] = s;
      if (i0 >= 0) {
        rowSlot[i0] = -1;
        if (u1 < u2) freeRows[--k] = i0;
        else next.push(i0);
      }
      if (j < m) rankColumn(j);
    }
    freeRows = next;
  }
  // Row potentials: tight on the occupied slot; a free row's lowest reduced cost (SSP's root).
  for (let i = 0; i < n; i++) {
    const s = rowSlot[i];
    if (s >= 0) {
      const j = slotCol[s];
      u[i] = (j < m ? wmax - w[i * m + j] : wmax) - v[s];
    } else {
      let mn = wmax;
      const base = i * m;
      for (let j = 0; j < m; j++) {
        const h = wmax - w[base + j] - top1[j];
        if (h < mn) mn = h;
      }
      u[i] = mn;
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

/**
 * The same problem split into its independent parts first: rows and columns joined by an allowed
 * pair (a finite weight, a column with places) form a component, and no pair crosses components, so
 * each is solved on its own and the optimum is the sum of theirs. Institution scope, line-management
 * and the other hard rules make real cohorts block-structured (20 institutions → 20 small problems
 * instead of one large one); a row with no allowed pair stays unmatched without being solved.
 * Within a component rows and columns keep their order, so ties still go to the lowest index.
 *
 * Self-contained like `solveAssignment` (the worker runs both from their source text).
 */
export function solveByComponents(input: AssignmentInput, onProgress?: (done: number, total: number) => void): AssignmentResult {
  const n = input.rows;
  const m = input.cols;
  const w = input.weight;
  const parent = new Int32Array(n + m);
  for (let x = 0; x < n + m; x++) parent[x] = x;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const hasPlaces = new Uint8Array(m);
  for (let j = 0; j < m; j++) hasPlaces[j] = Math.floor(input.capacity[j] ?? 0) > 0 ? 1 : 0;
  const rowHasEdge = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const base = i * m;
    let ri = find(i);
    for (let j = 0; j < m; j++) {
      if (w[base + j] === -Infinity || !hasPlaces[j]) continue;
      rowHasEdge[i] = 1;
      const cj = find(n + j);
      if (cj !== ri) {
        // the lower root wins, so roots stay stable and components are numbered by their first member
        if (cj < ri) {
          parent[ri] = cj;
          ri = cj;
        } else parent[cj] = ri;
      }
    }
  }
  const compOf = new Int32Array(n + m).fill(-1);
  const compRows: number[][] = [];
  const compCols: number[][] = [];
  const rootComp = new Map<number, number>();
  const componentOf = (x: number): number => {
    const root = find(x);
    let c = rootComp.get(root);
    if (c === undefined) {
      c = compRows.length;
      rootComp.set(root, c);
      compRows.push([]);
      compCols.push([]);
    }
    return c;
  };
  for (let i = 0; i < n; i++) if (rowHasEdge[i]) compRows[(compOf[i] = componentOf(i))].push(i);
  for (let j = 0; j < m; j++) {
    // rows come first, and the lower root wins: a root at or past n is a component with no row
    if (!hasPlaces[j] || find(n + j) >= n) continue;
    compCols[(compOf[n + j] = componentOf(n + j))].push(j);
  }
  // A component with fewer places than rows is solved from the places' side (Crouse's rectangular
  // rule, as SciPy does: augment the smaller side): one row per place, one column per candidate, each
  // of capacity 1. Solved from the rows' side, every row past the last free place would search the
  // whole component before settling for "nobody"; from the places' side a free candidate is near.
  const placesOf = (cs: number[]): number => cs.reduce((t, j) => t + Math.floor(input.capacity[j] ?? 0), 0);
  // One component holding every row, with enough places: solve the input as it is (no copy).
  if (compRows.length === 1 && compRows[0].length === n && compCols[0].length === m && placesOf(compCols[0]) >= n) return solveAssignment(input, onProgress);

  const colOfRow = new Int32Array(n).fill(-1);
  let total = 0;
  let matched = 0;
  let done = n - compRows.reduce((s, rs) => s + rs.length, 0);
  for (let c = 0; c < compRows.length; c++) {
    const rs = compRows[c];
    const cs = compCols[c];
    if (rs.length === 0 || cs.length === 0) continue;
    const before = done;
    const places = placesOf(cs);
    if (places < rs.length) {
      const slotCol: number[] = [];
      for (const j of cs) for (let k = Math.floor(input.capacity[j] ?? 0); k > 0; k--) slotCol.push(j);
      const weight = new Float64Array(places * rs.length);
      for (let a = 0; a < rs.length; a++) {
        const base = rs[a] * m;
        for (let s = 0; s < places; s++) weight[s * rs.length + a] = w[base + slotCol[s]];
      }
      const r = solveAssignment(
        { rows: places, cols: rs.length, capacity: new Array<number>(rs.length).fill(1), weight },
        onProgress ? (d, t) => onProgress(before + Math.floor((d * rs.length) / t), n) : undefined,
      );
      for (let s = 0; s < places; s++) if (r.colOfRow[s] >= 0) colOfRow[rs[r.colOfRow[s]]] = slotCol[s];
      total += r.total;
      matched += r.matched;
      done += rs.length;
      continue;
    }
    const weight = new Float64Array(rs.length * cs.length);
    for (let a = 0; a < rs.length; a++) {
      const base = rs[a] * m;
      for (let b = 0; b < cs.length; b++) weight[a * cs.length + b] = w[base + cs[b]];
    }
    const capacity = cs.map((j) => input.capacity[j]);
    const r = solveAssignment({ rows: rs.length, cols: cs.length, capacity, weight }, onProgress ? (d) => onProgress(before + d, n) : undefined);
    for (let a = 0; a < rs.length; a++) if (r.colOfRow[a] >= 0) colOfRow[rs[a]] = cs[r.colOfRow[a]];
    total += r.total;
    matched += r.matched;
    done += rs.length;
  }
  if (onProgress) onProgress(n, n);
  return { colOfRow, total, matched };
}
