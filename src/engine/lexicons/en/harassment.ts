/** English obsessive-contact cues; kinds as in fr/harassment.ts. */
import { terms, type LexiconSet } from '../types';

export const harassmentEn: LexiconSet = {
  lang: 'en',
  name: 'harassment',
  entries: [
    ...terms('harass.phrase', [
      'get used to my name', 'get used to hearing from me', 'you ll never get rid of me', 'you won t get rid of me', 'i ll make your life hell',
      'make your life a misery', 'i ll harass', 'i will harass', 'i m going to harass', 'i ll spam', 'i will spam', 'flood your inbox', 'bombard your inbox',
      'i won t stop until', 'i will not stop until', 'i ll keep calling', 'i ll keep emailing', 'i ll keep messaging', 'i will keep calling',
      'i will keep emailing', 'i m not going away', 'i m not going anywhere',
    ], { s: 2 }),
    ...terms('harass.future', ['i ll', 'i will', 'i m going to', 'i am going to', 'gonna', 'i shall', 'i ll keep', 'i intend to', 'expect']),
    ...terms('harass.contact', ['call', 'ring', 'phone', 'email', 'e-mail', 'message', 'write', 'text', 'tweet', 'dm', 'spam', 'flood', 'contact', 'chase', 'be back', 'come back', 'messages', 'emails', 'calls']),
    ...terms('harass.freq', [
      'every hour', 'every single hour', 'every day', 'every single day', 'every morning', 'every single morning', 'every night', 'every evening',
      'every five minutes', 'every 5 minutes', 'every ten minutes', 'every 10 minutes', 'every minute', 'on the hour', 'day and night', 'around the clock',
      'non stop', 'nonstop', 'until you', 'till you', 'until that', 'until i get', 'twenty times a day', '20 times a day', 'ten times a day', 'hourly', 'daily',
    ]),
  ],
};
