import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

/** What the numbers were measured on. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  postgres?: string;
  kernel: string;
}

export function describeMachine(): Machine {
  const cpu = cpus();
  let kernel: string = process.platform;
  try {
    kernel = execFileSync('uname', ['-sr'], { encoding: 'utf8' }).trim();
  } catch {
    // uname is missing on some minimal images; the platform name will do
  }
  return { cpu: cpu[0]?.model.trim() ?? 'unknown', cores: cpu.length, memoryGiB: totalmem() / 2 ** 30, node: process.version, kernel };
}

/** The 1-minute load average, sampled every few seconds while the bench runs (others' work shows here too). */
export function watchLoad(everyMs = 5000): { stop(): { min: number; mean: number; max: number; samples: number } } {
  const samples: number[] = [loadavg()[0]!];
  const timer = setInterval(() => samples.push(loadavg()[0]!), everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      samples.push(loadavg()[0]!);
      return { min: Math.min(...samples), mean: samples.reduce((a, b) => a + b, 0) / samples.length, max: Math.max(...samples), samples: samples.length };
    },
  };
}
