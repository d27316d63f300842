import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../electron/ipc/channels';
import { contract } from '../../../electron/ipc/contract';

describe('the IPC contract', () => {
  it('declares exactly the channels the preload exposes, each with a request schema', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(typeof contract[channel].request.safeParse).toBe('function');
  });

  it('names every channel domain.action, so the bridge can group them', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('refuses unknown keys, so a typo never passes silently', () => {
    expect(contract['settings.update'].request.safeParse({ theme: 'dark', colour: 'red' }).success).toBe(
      false,
    );
    expect(contract['app.info'].request.safeParse({ extra: 1 }).success).toBe(false);
  });

  it('refuses a note over 10,000 characters and an empty or over-long case name', () => {
    const note = contract['steps.setNote'].request;
    expect(note.safeParse({ caseId: 'c', stepId: 's', note: 'x'.repeat(10_000) }).success).toBe(true);
    expect(note.safeParse({ caseId: 'c', stepId: 's', note: 'x'.repeat(10_001) }).success).toBe(false);
    const rename = contract['cases.rename'].request;
    expect(rename.safeParse({ caseId: 'c', name: '   ' }).success).toBe(false);
    expect(rename.safeParse({ caseId: 'c', name: 'x'.repeat(121) }).success).toBe(false);
  });
});
