// Where a written complaint can go once the line has ended, perhaps from abroad (issue 19). Per provider:
// the written routes (an e-mail address, a form, an account page) a page we read names for it — an entry
// only where one does, so every other provider is said to have none found (never a guessed address).
// Then the public bodies that can still help, by global fact (facts.ts), and whom each serves.
import type { ComplaintRoutesData } from './schema';
import { S } from './sources';
import { L } from './text';

export const complaintRoutes = {
  providers: {
    'sakura-mobile': [
      {
        id: 'complaint-sakura-mobile',
        label: L('Write to Sakura Mobile'),
        value: L(
          'E-mail contact@sakuramobile.jp, which its help pages give for inquiries, or use the Contact Us Form they link to. A termination itself is never taken by e-mail: it needs the termination form in My Page.',
        ),
        sources: [S.sakuraContactEmail, S.sakuraHomeInternet],
        numbers: 'contact',
      },
    ],
    mobal: [
      {
        id: 'complaint-mobal',
        label: L('Write to Mobal'),
        value: L(
          'E-mail support@mobal.com or call +1 212-785-5800 (a US number); your charges are listed in your Mobal online account (MyAccount).',
        ),
        sources: [S.mobalBillingIssues, S.mobalTravelling],
        numbers: 'contact',
      },
    ],
    docomo: [
      {
        id: 'complaint-docomo',
        label: L('Write to docomo'),
        value: L(
          'One source, a blog quoting docomo’s 「ご意見・ご要望」 (comments and requests) page, says docomo’s e-mail inquiry form has a separate path for people who no longer hold a docomo line. Find that page on docomo’s own site and check it there before you rely on it.',
        ),
        sources: [S.delaidbackDocomo],
      },
    ],
  },
  noneFound: L(
    'No page we read names a postal address or a web form for complaints to {provider}. Look on its own site or in your account for how it takes written inquiries, send the letter there, keep a copy of what you sent, and ask the public bodies below for advice.',
  ),
  publicBodies: [
    { facts: ['consumer-hotline-tourists', 'consumer-hotline-tourists-scope'], reach: 'anywhere' },
    { facts: ['mic-telecom-consultation'], reach: 'anywhere' },
    { facts: ['consumer-hotline-188'], reach: 'in-japan' },
  ],
} satisfies ComplaintRoutesData;
