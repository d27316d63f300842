export interface SandboxProbe {
  restricted: boolean;
  setuidHelper: boolean;
  profiled: boolean;
}
export function probeSandbox(binary: string): SandboxProbe;
export function sandboxWarning(binary: string, probe: SandboxProbe): string | null;
