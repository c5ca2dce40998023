/** English flirting cues; kinds as in fr/flirting.ts ("you're a star", "a lifesaver" are warmth). */
import { terms, type LexiconSet } from '../types';

export const flirtingEn: LexiconSet = {
  lang: 'en',
  name: 'flirting',
  entries: [
    ...terms('flirt.ask', [
      'u single', 'r u single', 'are u single', 'ur single', 'you single',
      'grab a drink', 'grab a coffee together', 'grab dinner', 'go for a drink', 'go for drinks', 'have a drink with me', 'a drink with me',
      'meet for a drink', 'meet up for a drink', 'meet me for a drink', 'take you out', 'take her out', 'take you to dinner', 'take her to dinner', 'take you for dinner', 'take you for a drink', 'take you for a coffee',
      'take her for a coffee', 'take her for a drink', 'ask you out', 'ask her out', 'go out with me', 'go out sometime',
      'are you single', 'you re single', 'you re seeing someone', 'are you seeing anyone', 'is she single', 'is he single', 'have a boyfriend', 'got a boyfriend', 'have a girlfriend',
      'got a girlfriend', 'your personal number', 'your private number', 'her instagram',
      'your snapchat', 'dinner with me', 'meet up sometime', 'meet up after', 'be my valentine',
      'send me a pic', 'send me a photo of you', 'send a pic of yourself', 'a picture of you', 'a photo of you',
      'after your shift',
      'when you finish work',
    ], { s: 1 }),
    ...terms('flirt.askweak', ['i ll be waiting for you', 'i ll wait for you', 'waiting for you tonight', 'come and see you', 'come see you', 'where is your office', 'where s your office', 'where do you work', 'happy valentine s', 'marry me', 'my treat', 'on me obviously', 'asking for myself', 'a date with', 'on a date', 'date night', 'off shift', 'when you re off shift', 'your instagram', 'her number', 'you sound amazing', 'you sound lovely', 'you sound gorgeous', 'you sound sexy', 'i meant what i said', 'what time do you finish', 'what time you finish', 'what time do you get off', 'are you free tonight', 'free this weekend', 'tonight', 'after work', 'friday night', 'saturday night', 'what are you doing later', 'doing anything later', 'her phone number', 'just you and me', 'just you and i', 'just the two of us', 'i don t bite', 'wait for you outside', 'just one drink',
      // A visit is a business meeting as often as an advance: a cue only next to another one.
      'drop by your office', 'pop by your office']),
    ...terms('flirt.frame', [
      'you re', 'you are', 'youre', 'ur', 'u r', 'you look', 'you must be', 'you sound',
      'you re so', 'you re really', 'you are so', 'you looked', 'looking',
    ]),
    ...terms('flirt.frame3', ['she looks', 'she s', 'she is', 'he s', 'he is', 'he looks', 'she s so', 'she looked', 'he looked']),
    ...terms('flirt.mod', ['so', 'really', 'very', 'absolutely', 'too', 'such', 'a', 'an', 'super', 'just', 'totally', 'incredibly', 'bloody', 'damn', 'well']),
    ...terms('flirt.looks', [
      'gorgeous', 'beautiful', 'pretty', 'cute', 'hot', 'sexy', 'stunning', 'handsome', 'good looking', 'a babe',
      'a cutie', 'a hottie', 'a stunner', 'a ten', 'lovely looking', 'drop dead gorgeous', 'a knockout', 'a looker',
    ], { notNext: ['good', 'much', 'sure', 'quick', 'quickly', 'bad', 'well', 'close', 'fast', 'easy', 'clear', 'tired', 'useless', 'poor', 'annoyed', 'frustrated', 'and', 'to', 'for', 'at', 'with', 'about', 'but', 'on', 'in', 'as', 'that', 'thanks', 'thank', 'job', 'work', 'service', 'help'] }),
    ...terms('flirt.feature', ['profile pic', 'profile picture', 'profile photo', 'your photo', 'her photo', 'your picture', 'her picture', 'your voice', 'her voice', 'that voice', 'your smile', 'her smile', 'that smile', 'your eyes', 'her eyes', 'your legs', 'her legs', 'your figure', 'your avatar', ], { notNext: ['mail', 'assistant', 'message', 'messages', 'control', 'command', 'note', 'recognition', 'search', 'id', 'upload', 'size', 'format'] }),
    ...terms('flirt.compliment', ['gorgeous', 'beautiful', 'amazing', 'stunning', 'sexy', 'hot', 'loving', 'love', 'cute', 'pretty', 'lovely', 'that smile', 'what a smile', 'dreamy', 'melt', '😍', '🔥', '🥵', '😏', 'wow']),
    // Following up an earlier invitation ("about that drink", "dinner on me"): weak, only with another cue.
    ...terms('flirt.followup', [
      'about that drink', 'about that dinner', 'about that date', 'about our date', 'about dinner', 'that drink you owe me', 'that coffee you owe me',
      'the drink you owe me', 'the coffee you owe me', 'that dinner you owe me', 'the dinner you owe me', 'our date', 'still up for that drink',
      'still up for dinner', 'still up for that coffee', 'coffee on me', 'drinks on me', 'dinner on me', 'drink on me', 'my treat', 'the invitation still stands', 'try my luck again', 'trying my luck again',
      'my invitation still stands', 'offer of dinner', 'offer of a drink', 'is that a yes', 'you never answered my question', 'you never said yes',
    ], { notNext: ['order', 'orders', 'delivery', 'machine', 'subscription', 'voucher', 'booking', 'reservation'] }),
    // What the agent wears ("you should wear that red top again", "nice dress in your profile picture").
    ...terms('flirt.wear', [
      'you should wear', 'she should wear', 'tell her to wear', 'wear that', 'wear it again', 'wear it more', 'you were wearing', 'she was wearing', 'you wore', 'she wore',
      'you wear', 'she wears', 'suits you', 'suited you', 'suits her', 'suited her', 'you look good in', 'you looked good in', 'you look great in', 'you looked great in',
      'you look nice in', 'you looked nice in', 'she looks good in', 'she looked good in', 'she looked great in', 'looks good on you', 'looked good on you',
      'looks great on you', 'looked great on you', 'looks good on her', 'looked good on her', 'you looked lovely in', 'in that dress', 'in that top', 'in that skirt',
    ]),
    ...terms('flirt.clothes', ['top', 'dress', 'skirt', 'blouse', 'outfit', 'heels', 'lipstick', 'jeans', 'jumper', 'shirt', 'tights', 'stockings', 'bikini', 'lingerie', 'red', 'black', 'pink', 'glasses', 'hair', 'hairstyle', 'haircut', 'earrings', 'necklace', 'uniform']),
    ...terms('flirt.kiss', ['😘', '💋', '😚', '😙', '😽', '💏', '💑'], { s: 1 }),
    ...terms('flirt.kissweak', ['xoxo', 'kisses', 'kiss kiss', 'hugs and kisses', 'xx', '😍', '🥰', '😏', '😉', 'wink']),
    ...terms('flirt.sexual', [
      'in bed', 'naughty', 'nudes', 'send nudes', 'naked', 'in the shower', 'lingerie', 'your body', 'her body', 'your boobs', 'her boobs',
      'your ass', 'her ass', 'your bum', 'her bum', 'turn me on', 'turns me on', 'horny', 'i fancy you', 'i fancy her', 'crush on you',
      'crush on her', 'fantasise about you', 'fantasize about you', 'thinking about you at night', 'spank', 'massage you', 'cuddle you',
      'kiss her', 'hold you', 'i want you', 'sleep with you', 'sleep with her',
    ], { s: 2 }),
    // "I could kiss you!" is a stock thank-you.
    ...terms('flirt.sexual', ['kiss you'], { s: 2, notPrev: ['could'] }),
  ],
};
