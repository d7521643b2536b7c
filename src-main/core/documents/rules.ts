import type { DocType } from './schema';

// Which documents a child's file must hold, by stage (isomorphic: the tab shows the same list the
// dashboard counts). On admission: the placement decision, the birth certificate, the identity
// (FIN) card where the child has a FIN, a medical report. On exit: the exit decision. A stage
// applies from the child's status (residents.status, until care episodes exist). A document counts
// while it is not voided and its validity has not ended.

export type Stage = 'admission' | 'exit';

export interface ChildForRules {
  status: string;
  fin: string | null;
}

export interface Requirement {
  stage: Stage;
  docType: DocType;
}

export interface ChecklistItem extends Requirement {
  present: boolean;
}

export interface PresentDocument {
  docType: string;
  validUntil: string | null;
  voided: boolean;
}

export function requiredDocuments(child: ChildForRules): Requirement[] {
  const out: Requirement[] = [
    { stage: 'admission', docType: 'admission_decision' },
    { stage: 'admission', docType: 'birth_certificate' },
  ];
  if (child.fin) out.push({ stage: 'admission', docType: 'identity_card' });
  out.push({ stage: 'admission', docType: 'medical' });
  if (child.status === 'discharged') out.push({ stage: 'exit', docType: 'exit_decision' });
  return out;
}

/** A document that still counts on `today`. */
export const counts = (d: PresentDocument, today: string) => !d.voided && (d.validUntil === null || d.validUntil >= today);

export function documentChecklist(child: ChildForRules, docs: readonly PresentDocument[], today: string): ChecklistItem[] {
  const have = new Set(docs.filter((d) => counts(d, today)).map((d) => d.docType));
  return requiredDocuments(child).map((r) => ({ ...r, present: have.has(r.docType) }));
}

/** The day `days` after an ISO date. */
export function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Expiring: a document whose validity ends within this many days from today. */
export const EXPIRING_DAYS = 30;
