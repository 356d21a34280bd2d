/**
 * Kubernetes resource.Quantity parsing and formatting.
 *
 * Grammar (k8s.io/apimachinery/pkg/api/resource/quantity.go):
 *   quantity  ::= signedNumber suffix
 *   suffix    ::= binarySI | decimalExponent | decimalSI
 *   binarySI  ::= Ki | Mi | Gi | Ti | Pi | Ei
 *   decimalSI ::= m | "" | k | M | G | T | P | E
 *   decimalExponent ::= "e" signedNumber | "E" signedNumber
 *   numericPart ::= digits | digits "." digits | digits "." | "." digits
 */

const BINARY: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

const DECIMAL: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

const QUANTITY = /^([+-]?)(\d+\.?\d*|\.\d+)(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?)$/;

/**
 * Parses a quantity ("250m", "1", "128Mi", "1G", "1e3") into base units (cores, bytes, count).
 * Returns null for text that is not a quantity, so callers never compute with a guess.
 * Numbers (as some tools write allocatable.pods) are accepted as they are.
 */
export function parseQuantity(value: string | number | null | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const match = QUANTITY.exec(value.trim());
  if (!match) return null;
  const [, sign, digits, exponent, suffix] = match;
  const base = Number(digits);
  if (!Number.isFinite(base)) return null;
  let scaled: number;
  if (exponent) scaled = base * 10 ** Number(exponent.slice(1));
  else if (suffix && suffix in BINARY) scaled = base * BINARY[suffix]!;
  else scaled = base * DECIMAL[suffix ?? '']!;
  return sign === '-' ? -scaled : scaled;
}

/** Parses a quantity into millis (cpu "250m" -> 250, "1" -> 1000); null when not a quantity. */
export function parseMillis(value: string | number | null | undefined): number | null {
  const parsed = parseQuantity(value);
  // Round away float noise such as 0.1 * 1000 = 100.00000000000001.
  return parsed === null ? null : Math.round(parsed * 1000 * 1e6) / 1e6;
}

/** Formats a cpu amount in cores the way kubectl shows it: "250m", "1", "1.5". */
export function formatCpu(cores: number): string {
  const millis = Math.round(cores * 1000);
  if (millis % 1000 === 0) return String(millis / 1000);
  return `${millis}m`;
}

/** Formats bytes with the largest binary suffix that keeps one decimal at most: "128Mi", "1.5Gi". */
export function formatBytes(bytes: number): string {
  const negative = bytes < 0;
  const abs = Math.abs(bytes);
  const units: [string, number][] = [
    ['Ei', BINARY.Ei!],
    ['Pi', BINARY.Pi!],
    ['Ti', BINARY.Ti!],
    ['Gi', BINARY.Gi!],
    ['Mi', BINARY.Mi!],
    ['Ki', BINARY.Ki!],
  ];
  for (const [unit, size] of units) {
    if (abs >= size) {
      const amount = Math.round((abs / size) * 10) / 10;
      return `${negative ? '-' : ''}${amount}${unit}`;
    }
  }
  return `${negative ? '-' : ''}${Math.round(abs)}`;
}

/**
 * Formats an amount of a named resource for people: cpu in cores/millicores, memory and
 * storage in binary bytes, anything else (pods, nvidia.com/gpu) as a plain number.
 */
export function formatResource(resource: string, amount: number): string {
  if (resource === 'cpu') return formatCpu(amount);
  if (
    resource === 'memory' ||
    resource === 'ephemeral-storage' ||
    resource === 'storage' ||
    resource.startsWith('hugepages-')
  ) {
    return formatBytes(amount);
  }
  return Number.isInteger(amount) ? String(amount) : String(Math.round(amount * 1000) / 1000);
}
