/** A drama's cast, and the actors across the journal. */
import type { GradeAverage } from './stats';
import type { AiredDate, Grade, WatchStatus } from './vocabulary';

export const CAST_ROLES = ['lead', 'support'] as const;
export type CastRole = (typeof CAST_ROLES)[number];

export interface CastMember {
  id: number;
  dramaId: number;
  actor: string;
  /** null when the review names the actor but not the part (the children in a family). */
  character: string | null;
  role: CastRole;
  /** 1-based order within the drama's cast. */
  position: number;
}

export interface CastAddInput {
  dramaId: number;
  actor: string;
  character?: string | null;
  role?: CastRole;
  /** Where to insert (1 = first); at the end when left out. */
  position?: number;
}

export interface CastAddManyInput {
  dramaId: number;
  members: Omit<CastAddInput, 'dramaId' | 'position'>[];
}

export interface CastUpdateInput {
  id: number;
  actor?: string;
  character?: string | null;
  role?: CastRole;
  position?: number;
}

/** A cast entry read from review text, offered to the user to confirm. */
export interface CastSuggestion {
  actor: string;
  character: string | null;
  role: CastRole;
  /** The other dramas listed after the actor, as the review wrote them. */
  otherDramas: string[];
  /** The text the suggestion was read from, e.g. `Ji Su Ho (Noh Sang Hyun)`. */
  mention: string;
}

export interface ActorSummary {
  name: string;
  dramas: number;
  leadRoles: number;
}

export interface ActorCredit {
  dramaId: number;
  title: string;
  nativeTitle: string | null;
  aired: AiredDate;
  status: WatchStatus;
  grade: Grade | null;
  character: string | null;
  role: CastRole;
}

export interface ActorDetail {
  name: string;
  credits: ActorCredit[];
  averageGrade: GradeAverage | null;
}
