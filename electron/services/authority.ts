// A case's letter of authority (委任状, issue 18): offered only where the provider's rule allows a proxy
// without its own form, for a relationship the rule accepts; the fields kept with the case only when the
// person asks; the PDF written to a path they chose.
import type { Handlers } from '../ipc/contract';
import { AppError } from '../ipc/result';
import type { AuthorityView } from '../ipc/views';
import {
  authorityLetter,
  authorityNotesPart,
  authorityOffer,
  delegatedTasks,
  relationAccepted,
  relationChoices,
} from '../proof/authority';
import { letterPart } from '../proof/letter';
import { findCase } from '../proof/lookup';
import { maskPhone } from '../proof/mask';
import { printPage } from '../proof/print-page';
import { checkSaveTarget } from '../proof/regular-file';
import { safeFileStem } from '../proof/report';
import { localDate } from '../shared/format';
import { writeFileDurably } from '../store/durable-file';
import type { AuthorityFields, CaseData, StoreData } from '../store/schema';
import type { Store } from '../store/store';
import { checklistOf } from './cases';
import type { Ports } from './ports';

type AuthorityHandlers = Pick<Handlers, 'authority.get' | 'authority.save' | 'authority.export'>;

/** A first letter: the holder's name from the case, a seal box for a Japanese national, the rest blank. */
const startingFields = (c: CaseData): AuthorityFields => ({
  holderName: c.holder.name,
  holderAddress: '',
  holderBirthDate: '',
  agentName: '',
  agentRelation: '',
  agentAddress: '',
  date: '',
  seal: c.profile.holderType === 'japanese-national',
});

function authorityView(data: StoreData, caseId: string): AuthorityView {
  const found = findCase(data, caseId);
  const checklist = checklistOf(found);
  const offer = authorityOffer(checklist.proxy);
  return {
    offer,
    fields: found.authority?.fields ?? startingFields(found),
    kept: found.authority !== undefined,
    relations: offer.kind === 'letter' ? relationChoices(offer) : [],
    tasks: offer.kind === 'letter' ? delegatedTasks(checklist) : [],
    phone: { number: found.phoneNumber, masked: maskPhone(found.phoneNumber) },
  };
}

export function authorityHandlers(store: Store, ports: Ports): AuthorityHandlers {
  return {
    'authority.get': ({ caseId }) => authorityView(store.data, caseId),
    'authority.save': async ({ caseId, fields }) => {
      findCase(store.data, caseId);
      const next = await store.update((data) => ({
        ...data,
        cases: data.cases.map((c) => {
          if (c.id !== caseId) return c;
          const updatedAt = ports.now().toISOString();
          const edited: CaseData = { ...c, updatedAt };
          // Forgotten means gone from the store, not kept empty.
          if (fields === null) delete edited.authority;
          else edited.authority = { fields, updatedAt };
          return edited;
        }),
      }));
      return authorityView(next, caseId);
    },
    'authority.export': async ({ caseId, locale, timeZone, fields }) => {
      const found = findCase(store.data, caseId);
      const checklist = checklistOf(found);
      const rule = checklist.proxy;
      const offer = authorityOffer(rule);
      // The screen offers no letter in these cases; a request that asks anyway is refused, not obeyed.
      if (offer.kind !== 'letter' || rule === null)
        throw new AppError('authority_not_offered', `no letter of authority is offered (${offer.kind})`);
      if (!relationAccepted(fields.agentRelation, offer))
        throw new AppError('proxy_not_accepted', `the rule does not accept ${fields.agentRelation}`);
      const letter = authorityLetter({ checklist, phoneNumber: found.phoneNumber, fields, locale });
      const stem = safeFileStem(found.name, 'case');
      const chosen = await ports.chooseSavePath({
        defaultName: `sayonara-authority-${stem}-${localDate(ports.now().toISOString(), timeZone)}.pdf`,
        extensions: ['pdf'],
      });
      if (chosen === null) return { path: null };
      const bytes = await ports.printToPdf(
        printPage({
          locale,
          title: letter.title.own ?? letter.title.ja,
          parts: [letterPart(letter), authorityNotesPart(checklist, rule, locale)],
        }),
      );
      await checkSaveTarget(chosen);
      await writeFileDurably(chosen, bytes);
      return { path: chosen };
    },
  };
}
