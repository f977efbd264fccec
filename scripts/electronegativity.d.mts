export interface Finding {
  check: string;
  file: string;
}
export interface AllowedFinding extends Finding {
  count: number;
  reason: string;
}
export declare function judgeFindings<F extends Finding>(findings: F[], allowed: AllowedFinding[]): { unexpected: F[]; gone: AllowedFinding[] };
