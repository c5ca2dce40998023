/** The incident rules, one per category (harassment also has a ticket-level part in incidents.ts). */
import type { IncidentCategory } from '../../types';
import type { IncidentRule } from './context';
import { insult } from './insult';
import { racism } from './racism';
import { sexism } from './sexism';
import { discrimination } from './discrimination';
import { flirting } from './flirting';
import { threat } from './threat';
import { trolling } from './trolling';
import { harassment } from './harassment';
import { scopeAbuse } from './scope_abuse';

export const INCIDENT_RULES: Readonly<Record<IncidentCategory, IncidentRule>> = {
  insult, racism, sexism, discrimination, flirting, threat, trolling, harassment, scope_abuse: scopeAbuse,
};
