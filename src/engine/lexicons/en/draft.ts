/**
 * Risky phrasing in an English agent draft: words only (matching and context guards
 * live in rules/draft/). Tokens are folded and apostrophes split words, so "don't"
 * is "don t" and "I'm" is "i m"; spellings without the apostrophe are listed too.
 * Reasons and suggestions are our own words (gist from the taxonomy table).
 */
import type { DraftLexicon } from '../../rules/draft/types';

const DONT = '(don t|dont|do not)';
const IM = '(i m|im|i am)';
const YOURE = '(you re|youre|you are|ur|u r)';
const ITS = '(it s|its|it is|that s|thats|that is|this is)';
const HAVENT = '(haven t|havent|have not|ve not)';

export const DRAFT_EN: DraftLexicon = {
  'draft.dont_know': {
    reason: 'A bare "I don\'t know" leaves the customer alone with the problem and makes us look unreliable; offer to find out.',
    suggestion: "I'll find out",
    patterns: [
      `i ${DONT} (really|even)? know`,
      `i (have|ve|got)? (no|not a) (idea|clue)`,
      `i ${HAVENT} (got)? (a|the faintest|the slightest|any) (clue|idea)`,
      `i ${HAVENT} (got)? the foggiest (idea)?`,
      '(not the|no) foggiest',
      '(no|not a|no earthly|not the faintest|not the slightest) (idea|clue)',
      '(i)? (dunno|idk)',
      'beats me',
      `(who|god) knows`,
    ],
  },
  'draft.dont_care': {
    reason: 'Saying we don\'t care tells the customer their request does not matter.',
    suggestion: 'I understand this matters to you',
    patterns: [
      `(i|we)? ${DONT} (really|much)? care`,
      '(i|we) (really|honestly|frankly|genuinely)? (couldn t|couldnt|could not|could) care less',
      '(it|that|this)? (doesn t|does not|doesnt) matter to (me|us)',
      'who cares',
      `(i|we) (don t|dont|do not) give a (damn|toss|hoot)`,
      'not (that|really)? bothered',
    ],
  },
  'draft.no_time': {
    reason: 'Saying we have no time puts the customer behind something else; they feel like a nuisance.',
    suggestion: "I'll make time",
    patterns: [
      `i (can t|cant|cannot|can not) be (bothered|arsed|asked|fagged)`,
      `i ${HAVENT} got (the)? time`,
      `i ${HAVENT} (the)? time`,
      [`i ${HAVENT} (got)? (a spare minute|a minute|a spare second|a second|a moment) (for this|for that|to spare)`, "I'll make time for this"],
      [`${IM} not (going to|gonna) waste (my|our) time`, "I'll look into it"],
      [`i (${HAVENT} got|don t have|dont have|do not have) all day`, "I'll make time"],
      `i (don t|dont|do not) have (the)? time`,
      `we (don t|dont|do not) have (the)? time`,
      `we ${HAVENT} got (the)? time`,
      'we (have|ve got|ve) no time',
      'i (have|ve got|ve|got) no time',
      ['i (have|ve got|ve|got) (better|more important) things to do', "I'm all yours"],
      ['(no time|not got time) for (this|that)', "I'll look into it"],
      [`${IM} (too|far too|way too) busy (for this|for that|to)`, "I'll make time to"],
      ['not worth my time', 'worth looking into'],
    ],
  },
  'draft.your_kind': {
    reason: 'Lumping the customer into a group ("people like you") is hurtful; talk about the request, not the person.',
    suggestion: 'this kind of request',
    patterns: [
      '(people|customers|clients|folks|guys|persons) like (you|yourself)',
      '(people|customers|clients) of your (type|kind|sort)',
      '(your|you r|ur) (kind|sort|type|lot)',
      'the likes of you',
      [`(we|i) ${DONT} (want|serve|like|need|deal with|accept) (people|customers|clients|folks)? like you`, "we can't accept this request"],
      [`(we|i) ${DONT} (really|exactly|particularly|much)? (want|serve|like|need|deal with|accept) (your|you r|ur) (kind|sort|type|lot) (of (custom|customer|customers|people|person|client|clients))?`, "we can't accept this request"],
    ],
  },
  'draft.know_nothing': {
    reason: 'Telling customers they know nothing humiliates them and shuts the conversation down.',
    suggestion: 'I think there may have been a misunderstanding',
    patterns: [
      'you (clearly|obviously|evidently|simply|really|just|honestly)? (know|understand) (nothing|nada|zilch)',
      `you (clearly|obviously|evidently|simply|just|really)? ${DONT} (know|understand|get) (the first thing|anything|a thing|the basics|what you re talking about|what you are talking about)`,
      `you (clearly|obviously)? (have|ve got|ve|got) no (idea|clue) what you re (talking|on) about`,
      `you (clearly|obviously)? (haven t|havent|have not) (got)? a clue`,
      // "you obviously have no idea how VAT works" (not "you have no idea how grateful I am": the adverb is required).
      'you (clearly|obviously|evidently) (have|ve got|ve|got) no (idea|clue)',
      `you (clearly|obviously)? (didn t|didnt|did not) understand (anything|a thing|a word)`,
    ],
  },
  'draft.dont_come_back': {
    reason: 'Showing the customer the door ("don\'t come back", "go elsewhere") ends the relationship instead of repairing it.',
    suggestion: "I'm sorry you feel this way; let me see what I can do",
    patterns: [
      `${DONT} (ever)? (come back|return|contact us again|write to us again|bother (coming back|contacting us|writing|calling us|emailing us) (again)?)`,
      '(never|please never) (come back|contact us again)',
      ['(go|shop|look) elsewhere', 'tell me what would help'],
      ['(feel free|you re free|you are free|youre free) to (go|shop|look|take your business) elsewhere', 'tell me what would help'],
      ['(take|bring) your (business|custom|money) elsewhere', 'tell me what would help'],
      ['find (another|a different) (provider|supplier|company|shop|club|bank)', 'tell me what would help'],
      [`we ${DONT} want (your business|you as a customer)`, 'we want to get this right for you'],
    ],
  },
  'draft.you_are_wrong': {
    reason: 'Telling customers they are wrong puts them on the defensive; acknowledge their point, then explain.',
    suggestion: 'I see your point, but',
    patterns: [
      `${YOURE} (completely|totally|simply|just|plain|quite)? (wrong|mistaken|incorrect)`,
      `you (ve|have) got (it|this|that) (all)? wrong`,
      '(you were|you was) (completely|totally|simply|just|quite)? (wrong|mistaken)',
      [`${IM} right`, 'I see it differently'],
      ['(you got it|you ve got it) (all)? wrong', 'I see your point, but'],
    ],
  },
  'draft.hurry_up': {
    reason: 'Rushing the customer ("hurry up") is curt and pushes our urgency onto them.',
    suggestion: 'when you can, please',
    patterns: [
      ['hurry (up)? and', 'could you please'],
      'hurry up',
      'hurry',
      '(get a move on|chop chop|make it snappy|step on it|be quick)',
      ['you (ll|will)? (need|have) to (hurry up|hurry|get a move on|be quick|get going)', 'could you please'],
    ],
  },
  'draft.wait': {
    reason: 'A bare "wait" sounds like an order; apologise for the delay and say how long.',
    suggestion: 'please bear with us and wait',
    patterns: [
      ['(just|simply)? wait', 'please bear with us and wait'],
      ['(just|simply)? be patient', 'thank you for bearing with us'],
      ['(just|simply)? (hang|hold) on (a sec|a second|a minute|a moment|a mo|a tick)?', 'please bear with me'],
    ],
  },
  'draft.calm_down': {
    reason: 'Telling a customer to calm down dismisses the feeling and fuels it; acknowledge how they feel first.',
    suggestion: 'I understand this is frustrating',
    patterns: [
      '(calm|settle|simmer) down',
      'calm yourself (down)?',
      ['(relax|chill out|chill|cool it)', 'rest assured'],
      '(keep|stay) calm',
      'take a (deep)? breath',
      `(no|there s no|theres no|there is no) need to (shout|yell|get (angry|upset|worked up|so worked up)|be (rude|so rude|angry))`,
      `${DONT} (get|be) (so)? (upset|angry|worked up|hysterical|emotional)`,
    ],
  },
  'draft.policy': {
    reason: 'Citing policy with no reason feels like a refusal on principle; give the reason ("because…").',
    suggestion: 'our policy is this, and here is why',
    patterns: [
      `${ITS} (just)? (our|the|company|the company s|company s|store|standard) (policy|procedure|rule|rules)`,
      ['(policy is policy|rules are rules)', 'here is the reason for this rule'],
      ['(those|these) are the rules', 'here is the reason for these rules'],
      [`${ITS} (just)? (how it is|the way it is|how it works|how we do things)`, 'here is the reason'],
      ['i m just following (the)? (policy|procedure|rules)', 'here is the reason for this rule'],
    ],
  },
  'draft.blame': {
    reason: 'Pointing at what the customer should have done fixes nothing; describe the fix, not the fault.',
    suggestion: 'next time, it helps to have',
    patterns: [
      '(you|ya|u) (should|could|ought to|shoulda) (have|ve|of)',
      '(ya|u) (shouldve|should ve|couldve)',
      'you (really|honestly|simply|just|clearly|definitely|obviously|certainly) (should|could|ought to) (have|ve|of)',
      'you (shouldve|should ve|couldve)',
      // "you shouldn't have ordered...": the rule's context check wants a past participle next (not "you shouldn't have any trouble").
      'you (shouldn t|shouldnt|should not|oughtn t) (have|ve)',
      ['you (were|are) supposed to', 'the next step is to'],
      ['you (ought to|should|need to|have to) ~4 more carefully', 'it can help to check'],
      ['you (needed|need) to have', 'the next step is to have'],
      ['if you (had|d) (only|just)? (read|checked|looked at|followed) (the|our|your) ~2 (terms|conditions|instructions|guide|manual|email|contract|policy|faq|page|small print|rules)', 'next time, it helps to check'],
      ['if you (had|d) (only|just)?', 'next time, if you have'],
      [`${ITS} (all)? your (own)? fault`, "here's how we can fix this"],
      ['your (own)? fault', "here's how we can fix this"],
    ],
  },
  'draft.not_my_problem': {
    reason: 'Pushing the problem away ("not my problem") leaves the customer with nobody to turn to.',
    suggestion: 'let me help you sort this out',
    patterns: [
      `(${ITS}|it isn t|that isn t|that s not|thats not)? not (my|our) (problem|concern|job|department|responsibility|issue|fault)`,
      `(that s|thats|that is|it s|its|it is) (your|ur) (problem|issue|lookout)`,
      `(it isn t|that isn t|isn t|isnt|wasn t|it wasn t) (my|our) (problem|concern|job|department|responsibility|issue|fault)`,
      ['take it up with', 'I will contact'],
    ],
  },
  'draft.already_told': {
    reason: 'Saying you "already told" them sounds like a reproach; simply give the information again.',
    suggestion: 'to recap',
    patterns: [
      'as i (ve|have)? (already)? (told you|said|explained|mentioned|stated|pointed out) (already|before|previously|several times|many times|repeatedly|twice)',
      'as i (ve|have)? already (told|said|explained|mentioned|stated|pointed out) (to you|you)?',
      'as i (ve|have)? told you',
      'like i (said|told you|already said)',
      'i (ve|have)? already (told|explained to|said to) you',
      'i (ve|have)? told you (already|before|twice|several times)',
      ['for the (second|third|fourth|fifth|tenth|hundredth|last|nth|umpteenth) time', 'to recap'],
      ['how many times (do|must|will) i (have to)? (tell|say|explain)', 'to recap'],
    ],
  },
};
