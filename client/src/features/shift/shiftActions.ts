import { request } from '../../lib/socket';
import { setShift } from './shiftStore';

/** Starting again while on shift changes the capacity. */
export async function startShift(capacity: number): Promise<void> {
  setShift((await request('shift:start', { capacity })).shift);
}

export async function pauseShift(): Promise<void> {
  setShift((await request('shift:pause', {})).shift);
}

export async function resumeShift(): Promise<void> {
  setShift((await request('shift:resume', {})).shift);
}

export async function endShift(): Promise<void> {
  setShift((await request('shift:end', {})).shift);
}
