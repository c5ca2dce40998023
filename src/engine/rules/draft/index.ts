/** The draft rules, one per phrase family; adding one touches this list and its lexicon entries only. */
import type { DraftRule, DraftRuleId } from './types';
import { dontKnow } from './dont-know';
import { dontCare } from './dont-care';
import { noTime } from './no-time';
import { yourKind } from './your-kind';
import { knowNothing } from './know-nothing';
import { dontComeBack } from './dont-come-back';
import { youAreWrong } from './you-are-wrong';
import { hurryUp } from './hurry-up';
import { wait } from './wait';
import { calmDown } from './calm-down';
import { policy } from './policy';
import { blame } from './blame';
import { notMyProblem } from './not-my-problem';
import { alreadyTold } from './already-told';

export const DRAFT_RULES: Readonly<Record<DraftRuleId, DraftRule>> = {
  'draft.dont_know': dontKnow,
  'draft.dont_care': dontCare,
  'draft.no_time': noTime,
  'draft.your_kind': yourKind,
  'draft.know_nothing': knowNothing,
  'draft.dont_come_back': dontComeBack,
  'draft.you_are_wrong': youAreWrong,
  'draft.hurry_up': hurryUp,
  'draft.wait': wait,
  'draft.calm_down': calmDown,
  'draft.policy': policy,
  'draft.blame': blame,
  'draft.not_my_problem': notMyProblem,
  'draft.already_told': alreadyTold,
};
export * from './types';
