// The checklist outline (engine.ts checklistOutline) is what the plan, the case list and the due-soon
// notice read instead of the whole checklist: for every combination of answers, with and without
// services, it must hold exactly the checklist's provider and steps, in the same order.
import { describe, expect, it } from 'vitest';
import { buildChecklist, checklistOutline } from '../../../electron/guide/engine';
import { NO_SERVICES, type ServicesChoice } from '../../../electron/guide/service-choice';
import { listServices } from '../../../electron/guide/services';
import type { ChecklistOutline, Profile } from '../../../electron/guide/types';
import { allProfiles } from '../../fixtures/all-profiles';

/** What the plan reads of a checklist or an outline (a service's step is whole in both). */
const outlined = (checklist: ChecklistOutline) => ({
  provider: checklist.provider,
  phases: checklist.phases.map(({ phase, steps }) => ({
    phase,
    steps: steps.map(({ id, phase: stepPhase, title, fallback, service }) => ({
      id,
      phase: stepPhase,
      title,
      ...(fallback === undefined ? {} : { fallback }),
      ...(service === undefined ? {} : { service }),
    })),
  })),
});

const EVERY_SERVICE: ServicesChoice = {
  chosen: listServices().map((s) => s.id),
  custom: [{ id: 'custom-0a1b2c3d', name: '微信 WeChat' }],
};

const sameSteps = (profile: Profile, services: ServicesChoice) =>
  expect(outlined(checklistOutline(profile, services))).toEqual(outlined(buildChecklist(profile, services)));

describe('the checklist outline', () => {
  it('holds the checklist’s provider and steps for every combination of answers', () => {
    let checked = 0;
    for (const profile of allProfiles()) {
      sameSteps(profile, NO_SERVICES);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('holds the services’ steps in their places', () => {
    for (const profile of allProfiles('docomo')) sameSteps(profile, EVERY_SERVICE);
    const leaving = [...allProfiles('docomo')].find((p) => p.numberPlan === 'end' && p.leavingDate !== null);
    if (!leaving) throw new Error('no docomo profile ending the line');
    const steps = checklistOutline(leaving, EVERY_SERVICE).phases.flatMap((p) => p.steps);
    expect(steps.filter((s) => s.service).length).toBeGreaterThan(1);
  });
});
