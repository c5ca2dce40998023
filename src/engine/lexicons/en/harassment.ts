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
    ...terms('harass.future', ['ill keep', 'ill just keep', 'i ll just keep', 'i m just going to keep', 'from today', 'from now on', 'starting today', 'as of today', 'from tomorrow', 'i ll', 'i will', 'i m going to', 'i am going to', 'gonna', 'i shall', 'i ll keep', 'i intend to', 'expect']),
    ...terms('harass.contact', [
      'call', 'ring', 'phone', 'email', 'e-mail', 'message', 'write', 'text', 'tweet', 'dm', 'spam', 'flood', 'contact', 'chase', 'be back', 'come back', 'messages',
      'emails', 'calls', 'calling', 'ringing', 'phoning', 'emailing', 'messaging', 'writing', 'texting', 'chasing', 'reopen', 're open', 'reopening', 'open a new ticket',
      'open a ticket', 'open another ticket', 'opening chats', 'open chats', 'opening tickets', 'opening new chats', 'open tickets', 'raise a ticket', 'log a ticket', 'submit', 'submitting', 'resubmit', 'post', 'posting', 'resend',
      'resending', 'send', 'sending', 'follow up', 'ping', 'pinging', 'bug you', 'badger', 'hound', 'pester', 'nag', 'bombard', 'complain', 'bother you', 'hassle', 'ask', 'asking',
    ]),
    // Visits: obsessive only with a periodic frequency ("I'll be in your shop every day"), not "until".
    ...terms('harass.visit', ['be in your shop', 'be in your office', 'be at your', 'come in', 'come into', 'turn up', 'show up', 'visit', 'camp', 'come down', 'come round']),
    ...terms('harass.freq', [
      'every hour', 'every single hour', 'every day', 'every single day', 'every morning', 'every single morning', 'every night', 'every evening',
      'every five minutes', 'every 5 minutes', 'every ten minutes', 'every 10 minutes', 'every minute', 'on the hour', 'day and night', 'around the clock',
      'non stop', 'nonstop', 'twenty times a day', '20 times a day', 'ten times a day', 'each day',
      'each morning', 'every couple of hours', 'every few hours', 'every half hour', 'every 30 minutes', 'every thirty minutes', 'several times a day',
      'all day every day', 'morning noon and night', 'all night', 'all night long', 'all day long', 'every 5 mins', 'every 5 min', 'every five mins',
      'every 10 mins', 'every couple of minutes', 'every two minutes', 'every 2 minutes',
    ]),
    // Coming back, said by a troll (rules/incident/harassment.ts: only with trolling in the comment).
    ...terms('harass.return', ['i ll be back tomorrow', 'i ll come back tomorrow', 'see you tomorrow', 'same time tomorrow', 'tomorrow and the day after', 'i ll open another', 'i ll be back with more', 'plenty more where that came from', 'got loads more questions', 'i ll be back', 'i ve got all night', 'i have all night', 'here s another one', 'keep doing this all night', 'gonna keep doing this', 'i ll keep doing this']),
    // Open-ended persistence: obsessive with a message/call verb only.
    ...terms('harass.until', ['til you', 'til someone', 'until you', 'till you', 'until that', 'until i get', 'until someone', 'until it s', 'as often as it takes', 'as many times as it takes', 'for as long as it takes']),
    // "I'll email you the daily report": an adjective before a noun, not a frequency.
    ...terms('harass.freq', ['hourly', 'daily'], { notNext: ['report', 'reports', 'update', 'updates', 'log', 'logs', 'digest', 'summary', 'summaries', 'reading', 'readings', 'backup', 'backups', 'export', 'limit', 'rate', 'dose', 'figures', 'numbers', 'stats', 'sales', 'schedule'] }),
  ],
};
