import type { ActivityStatus } from './api/activities';
import type { ActivityProgress } from './api/promises';

// The traffic light of an activity, read at a glance: how far its outcome so far has come
// against its target so far. Defined here once; the page explains the thresholds in words.

export type Light = 'onTrack' | 'atRisk' | 'behind';

/** At least this share of the target so far: on track. */
export const ON_TRACK = 0.9;
/** At least this share, but under ON_TRACK: at risk; under it: behind. */
export const AT_RISK = 0.7;

/** null: nothing to judge (no monthly measure, no target yet, or the activity was cancelled). */
export function lightOf(progress: ActivityProgress, status: ActivityStatus): Light | null {
  if (status === 'cancelled' || progress.progress === null) return null;
  if (progress.progress >= ON_TRACK) return status === 'delayed' ? 'atRisk' : 'onTrack';
  if (progress.progress >= AT_RISK) return 'atRisk';
  return 'behind';
}
