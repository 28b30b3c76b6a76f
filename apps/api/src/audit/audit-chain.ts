import { AuditBrokenLink, AuditProblem } from './audit.types';

/** One event as audit_chain() answers it: its link, and the hash of what it holds now. */
export interface ChainRow {
  id: string;
  seq: string;
  occurred_at: Date;
  prev_hash: string | null;
  hash: string;
  expected_hash: string;
}

/**
 * Walks the chain page by page in sequence order: each event must be the next number, hash to what it stores,
 * and name the stored hash of the one before. Remembers the first broken link and keeps counting.
 */
export class ChainWalker {
  checked = 0;
  firstBroken: AuditBrokenLink | null = null;
  private expectedSeq = 1;
  private previousHash: string | null = null;

  take(row: ChainRow): void {
    const seq = Number(row.seq);
    const problem =
      seq !== this.expectedSeq
        ? AuditProblem.MISSING_SEQUENCE
        : row.hash !== row.expected_hash
          ? AuditProblem.HASH_MISMATCH
          : row.prev_hash !== this.previousHash
            ? AuditProblem.PREVIOUS_HASH_MISMATCH
            : null;
    if (problem && !this.firstBroken) {
      this.firstBroken = {
        eventId: row.id,
        position: this.expectedSeq,
        occurredAt: row.occurred_at,
        problem,
      };
    }
    this.checked++;
    this.expectedSeq = seq + 1;
    this.previousHash = row.hash;
  }
}
