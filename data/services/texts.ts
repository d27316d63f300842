// The words around a service's facts: its step's title, why and how, the facts' labels, and what the
// step says where no source answered a question. {service} is the service's name in the reader's
// language. None of these states a fact about a service: the facts below them do, with their sources.
import { L } from '../text';
import type { DependencyKind, ServiceTopic } from './schema';

export const serviceTexts = {
  titleBefore: L('{service}: before the number ends'),
  titleClose: L('{service}: close the account before you leave'),
  titleGone: L('{service}: the number is already gone'),
  titleAbroad: L('{service}: from abroad'),
  howBefore: L(
    'While this number still receives texts, do what is listed under “Before the number goes” below, in {service} itself. Keep a screenshot of the new setting as proof.',
  ),
  howBeforeCancel: L(
    'Do what is listed under “Before the number goes” below before you cancel the line: {service} asks for it before the phone contract ends. Keep a screenshot as proof.',
  ),
  howClose: L(
    '{service} asks foreign residents who leave Japan for good to close the account before they leave (see “When you leave Japan” below). Close it while you are still in Japan and the number still works, and keep the closing papers as proof.',
  ),
  howGone: L(
    'The number no longer receives texts, so the usual change in {service} is out of reach. What its sources say for this case is under “If the number is already gone” below.',
  ),
  howGoneUnknown: L(
    'No source we read gives a way back into {service} once the number is gone. Contact {service}’s support: say that your Japanese number has ended and ask how to sign in or change it.',
  ),
  howAbroad: L(
    'No source we read says {service} needs this number. What its sources say is below; some of it may still be done from abroad: check with {service} first.',
  ),
  whyNone: L(
    'No source we read says {service} sends codes to this number; it is here for what must be done before the line or your stay in Japan ends.',
  ),
} as const;

/** The step's "why": one sentence per way the service ties itself to the number. */
export const dependencyTexts: Record<Exclude<DependencyKind, 'none'>, ReturnType<typeof L>> = {
  'sms-login': L('{service} signs you in, or confirms it is you, with a code sent by SMS to this number.'),
  'sms-2fa': L(
    '{service} sends a code by SMS to this number for a second sign-in step or for changes to the account.',
  ),
  'call-back': L('{service} calls this number to confirm it is you when you set up its security.'),
  'otp-setup': L(
    '{service} needs this number, or a one-time password tied to your phone, for transfers or changes.',
  ),
  'account-recovery': L(
    '{service} ties the account to this number: once the number goes to someone else, the account can be lost.',
  ),
};

/** The labels of the facts, by topic. */
export const topicLabels: Record<ServiceTopic, ReturnType<typeof L>> = {
  depends: L('What depends on the number'),
  before: L('Before the number goes'),
  gone: L('If the number is already gone'),
  foreign: L('With a non-Japanese number'),
  leaving: L('When you leave Japan'),
  after: L('After the line ends'),
};

/** A fact's place in the service, after its text. */
export const whereText = L('Where: {path}');

/** What the step says where no source answered. */
export const unknownTexts = {
  goneLabel: topicLabels.gone,
  gone: L('No source we read gives a way back in once the number is gone.'),
  foreignLabel: topicLabels.foreign,
  foreign: L(
    'No source we read says whether {service} accepts a non-Japanese number: check in {service} before you rely on one.',
  ),
  branchLabel: L('Branch opening days'),
  branch: L(
    'No source we read gives the branches’ opening days: check them before you go, and leave time before you leave Japan.',
  ),
} as const;

/** A service the person named: the app has no sources for it, so it gives only advice that holds for any
 * service, and says so. */
export const customTexts = {
  why: L(
    'You added this service yourself, so the app has no sources for it. If it sends codes to this number by SMS, or calls it to confirm it is you, that stops when the number ends.',
  ),
  howBefore: L(
    'While the number still receives texts, open the service’s settings and look for the phone number, sign-in or security page: change the number, or add an authenticator app or an e-mail address as a way to sign in, and save any backup codes. If you cannot find it, ask the service’s support. Keep a screenshot as proof.',
  ),
  howGone: L(
    'The app has no sources for this service. Look in its help pages for signing in without the old number, or contact its support and say that your Japanese number has ended.',
  ),
} as const;
