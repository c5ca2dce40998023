/** English context words: negation, reported speech, self reference, legal rights, demands. */
import { terms, type LexiconSet } from '../types';

export const contextEn: LexiconSet = {
  lang: 'en',
  name: 'context',
  entries: [
    ...terms('ctx.neg', ['not', 'never', 'no', 'nor', 'don t', 'doesn t', 'isn t', 'aren t', 'wasn t', 'weren t', 'won t', 'ain t', 'hardly']),
    ...terms('ctx.negspeech', [
      'not calling', 'nobody s calling', 'nobody is calling', 'no one s calling', 'no one is calling', 'not saying', 'i m not saying',
      'i am not saying', 'not that you re', 'not that you are', 'i don t think you re', 'i don t think you are', 'don t mean to call',
      'not trying to call', 'without calling', 'i wouldn t call', 'i won t call', 'i never said', 'i didn t say', 'i didn t call',
      'nobody said', 'no one said', 'not accusing', 'i m not accusing', 'not to say',
    ]),
    ...terms('ctx.report', [
      'called me', 'calling me', 'call me', 'called us', 'calls me', 'told me', 'said', 'says', 'he said', 'she said', 'they said', 'replied',
      'shouted', 'yelled', 'screamed', 'named me', 'referred to me', 'wrote', 'according to', 'quote', 'in his words', 'in her words',
      'messaged me', 'texted me', 'muttered', 'swore at me', 'labelled me', 'labeled me', 'treated me like', 'made me feel like', 'things like', 'stuff like', 'saying things like', 'write things like',
    ]),
    ...terms('ctx.self', [
      'i m', 'im', 'i am', 'i feel', 'i felt', 'feel like', 'felt like', 'i was', 'i ve been', 'i look like', 'look like', 'made me look',
      'makes me look', 'silly me', 'call myself', 'i must be', 'i must have been', 'am i', 'i feel like', 'i sound like', 'like a', 'like an',
    ]),
    ...terms('ctx.impers', ['that s', 'thats', 'it s', 'its', 'this is', 'that is', 'it is', 'that was', 'it was', 'this was']),
    ...terms('ctx.legal', [
      'lawyer', 'lawyers', 'solicitor', 'solicitors', 'attorney', 'legal', 'court', 'courts', 'small claims', 'sue', 'suing', 'lawsuit',
      'ombudsman', 'regulator', 'ofcom', 'ofgem', 'fca', 'trading standards', 'bbb', 'ftc', 'review', 'reviews', 'trustpilot', 'google',
      'chargeback', 'charge back', 'my bank', 'dispute', 'cancel', 'cancelling', 'canceling', 'police', 'press', 'journalist', 'media',
      'social media', 'twitter', 'complaint', 'formal complaint', 'citizens advice', 'watchdog', 'hear from', 'publicity', 'bad press', 'facebook', 'tiktok', 'instagram', 'linkedin', 'reddit', 'word of mouth', 'rating', 'stars', 'star',
    ]),
    ...terms('ctx.demand', [
      'put me through', 'put me on', 'put me onto', 'pass me', 'transfer me', 'transfer this', 'get me', 'give me', 'i want', 'i d like', 'i would like',
      'i d rather', 'i would rather', 'i d prefer', 'i would prefer', 'i prefer', 'can i speak to', 'let me speak to', 'i want to speak to',
      'don t send', 'do not send', 'never send', 'you can find', 'can you find', 'reassign', 'please reassign', 'pass this to', 'pass it to', 'pass this on to', 'hand this to', 'hand this over to', 'escalate this to', 'give this to', 'send me', 'send someone', 'connect me', 'next time', 'i need', 'find me', 'assign', 'don t assign', 'do not assign', 'not another',
      'i don t want', 'i do not want', 'i want someone', 'i demand', 'i insist', 'we don t want', 'we do not want', 'we want someone',
    ]),
    ...terms('ctx.pref', ['preferably', 'rather', 'instead', 'ideally', 'if possible', 'not a woman', 'not a girl', 'not a lady']),
    ...terms('ctx.laugh', ['lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'hehe', 'xd', 'jk', '😂', '🤣', '😆', '😅', '😜', '😉', '🙃']),
    ...terms('ctx.greet', ['hi', 'hello', 'hey', 'thanks', 'thank you', 'cheers', 'listen', 'look', 'ok', 'okay', 'right', 'now', 'well', 'yes', 'no', 'alright', 'calm down', 'sorry', 'morning', 'evening', 'bye', 'ta', 'thx', 'thanx', 'thnx', 'tx']),
    // An errand at the office: "I know where your office is, I'll drop the signed forms in".
    ...terms('ctx.errand', ['drop them in', 'drop it in', 'drop them off', 'drop it off', 'drop off', 'hand them in', 'hand it in', 'signed forms', 'the forms', 'paperwork', 'at reception', 'to reception', 'my appointment', 'the documents']),
    ...terms('ctx.condesc', ['listen', 'look', 'now', 'right', 'calm down', 'relax', 'okay', 'ok', 'alright', 'see']),
  ],
};
