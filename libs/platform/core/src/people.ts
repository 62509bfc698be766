/**
 * A person as another person may see them (ARCHITECTURE.md §4b). One shape across modules: the
 * module that owns the relationship between viewer and person decides which fields are filled;
 * what the viewer may not see is null, never an id to resolve elsewhere.
 */
export interface NamedRefDto {
  id: string;
  name: string;
}

export interface PersonDto {
  id: string;
  displayName: string;
  institution?: NamedRefDto | null;
  unit?: NamedRefDto | null;
  shiftPattern?: NamedRefDto | null;
  workEmail?: string | null;
}

/** The display facts a module keeps about a staff member (a projection of identity's events). */
export interface PersonCard {
  staffId: string;
  displayName: string;
  workEmail: string | null;
  institutionId: string | null;
  institutionName: string | null;
  unitId: string | null;
  unitName: string | null;
  shiftPatternId: string | null;
  shiftPatternName: string | null;
}

/** How much of a person the viewer sees: everything a colleague shares, or the name only. */
export type PersonView = 'full' | 'name';

const ref = (id: string | null, name: string | null): NamedRefDto | null => (id && name !== null ? { id, name } : null);

/** A card as the viewer may see it; a missing card (not yet projected, or erased) gives the id and an empty name. */
export function toPerson(staffId: string, card: PersonCard | undefined, view: PersonView): PersonDto {
  if (!card) return { id: staffId, displayName: '', institution: null, unit: null, shiftPattern: null, workEmail: null };
  if (view === 'name') return { id: staffId, displayName: card.displayName, institution: null, unit: null, shiftPattern: null, workEmail: null };
  return {
    id: staffId,
    displayName: card.displayName,
    institution: ref(card.institutionId, card.institutionName),
    unit: ref(card.unitId, card.unitName),
    shiftPattern: ref(card.shiftPatternId, card.shiftPatternName),
    workEmail: card.workEmail,
  };
}
