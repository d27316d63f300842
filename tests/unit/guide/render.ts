// Renders a checklist as readable Markdown for the file snapshots a person reviews.
import { checkFact } from '../../../electron/guide/backing';
import type { Checklist, LocalizedText, ResolvedFact } from '../../../electron/guide/types';

/** The day the snapshots read the facts' age from (the audit of issue 21). */
const TODAY = '2026-12-07';

const three = (t: LocalizedText) => [`- en: ${t.en}`, `- zh-CN: ${t['zh-CN']}`, `- ja: ${t.ja}`];

function fact(f: ResolvedFact): string[] {
  // A service's unanswered question (issue 20) says what to do in its note, with that service.
  const confirm = f.id.startsWith('service.') ? '' : ' — confirm with the carrier';
  const value = f.value ? f.value.en : `(no value: ${f.status ?? 'missing'})${confirm}`;
  // A number a person acts on: backed, or shown as resting on one source (and its age, when old).
  const check = checkFact(f, TODAY);
  const flags = check
    ? [
        ` — 🔢 ${f.numbers}, ${check.disputed ? '⚠️ sources disagree' : check.flagged ? `⚠️ one source (${check.source?.url ?? ''})` : 'backed'}`,
        check.aged ? `, last confirmed ${check.aged}` : '',
      ].join('')
    : '';
  const lines = [`- **${f.label.en}**${flags}: ${value}`];
  if (!f.value && f.note) lines.push(`  - note: ${f.note.en}`);
  for (const s of f.sources) lines.push(`  - source (${s.kind}, checked ${s.checked}): ${s.url}`);
  return lines;
}

export function renderChecklist(title: string, profile: object, c: Checklist): string {
  const out = [
    `# ${title}`,
    '',
    `Provider: ${c.provider.name.en} (${c.provider.kind}${c.provider.network ? `, ${c.provider.network}` : ''})`,
    `Content version: ${c.contentVersion}`,
    '',
    '```json',
    JSON.stringify(profile),
    '```',
  ];
  let n = 0;
  for (const phase of c.phases) {
    out.push('', `## ${phase.phase}`);
    for (const s of phase.steps) {
      n++;
      const flags = [
        s.confirmWithCarrier ? '⚠️ confirm with carrier' : '',
        s.producesProof ? `📎 produces proof${s.proofKind ? ` (${s.proofKind})` : ''}` : '',
        s.fallback ? '↩ fallback only, not a step to do' : '',
      ]
        .filter(Boolean)
        .join(' · ');
      out.push('', `### ${n}. ${s.title.en} \`${s.id}\`${flags ? ` — ${flags}` : ''}`, '');
      out.push('Title:', ...three(s.title), '', 'Why:', ...three(s.why), '', 'How:', ...three(s.how));
      if (s.documentIds.length) out.push('', `Documents: ${s.documentIds.join(', ')}`);
      if (s.phraseIds.length) out.push('', `Phrases: ${s.phraseIds.join(', ')}`);
      if (s.facts.length) out.push('', 'Facts:', ...s.facts.flatMap(fact));
    }
  }
  out.push('', '## Documents to have ready', '');
  for (const d of c.documents)
    out.push(`- **${d.title.en}** / ${d.title['zh-CN']} / ${d.title.ja} — ${d.why.en}`);
  out.push('', '## Phrases', '');
  for (const p of c.phrases)
    out.push(
      `- ${p.ja}（${p.kana}）— ${p.meaning.en} / ${p.meaning['zh-CN']} — ${p.context.en}${p.fallback ? ' (↩ fallback only)' : ''}`,
    );
  return `${out.join('\n')}\n`;
}
