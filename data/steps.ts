// All steps, in display order within each phase. Split by phase under data/steps/.
import type { StepData } from './schema';
import { afterSteps } from './steps/after';
import { cancelSteps } from './steps/cancel';
import { deviceSteps } from './steps/device';
import { prepareSteps } from './steps/prepare';

export const steps = [...prepareSteps, ...cancelSteps, ...deviceSteps, ...afterSteps] satisfies StepData[];
