// The harness every package's readme.test.ts uses: each ```ts block of a README runs, and
// every line written `expression //=> expected` is checked (`//=> throws CODE` expects a
// SlotwiseError with that code), so documentation cannot drift from the code.
import { expect } from 'vitest'

/** One ```ts block of a README and the line it starts on. */
export interface ReadmeBlock {
  readonly index: number
  readonly code: string
  readonly line: number
}

/** Every ```ts block of a README, in order. */
export function readmeBlocks(readme: string): ReadmeBlock[] {
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => ({
    index,
    code: match[1] ?? '',
    line: readme.slice(0, match.index).split('\n').length + 1,
  }))
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>

/** Rewrites imports from the given packages into reads of `__modules`, and `//=>` lines into checks. */
function compile(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      const imported = /^import \{([^}]*)\} from '(@slotwise\/[a-z]+)'$/.exec(line.trim())
      if (imported) return `const {${imported[1]}} = __modules['${imported[2]}']`
      const checked = /^(.*?)\s*\/\/=> (.*)$/.exec(line)
      if (!checked) return line
      const [, expression, expected] = checked
      const throws = /^throws ([A-Z_]+)/.exec(expected ?? '')
      if (throws) return `__throws(() => (${expression}), '${throws[1]}')`
      return `__check(${expression}, ${expected})`
    })
    .join('\n')
}

/** The SlotwiseError brand (a global symbol), so this harness needs no import of the core. */
const brand = Symbol.for('slotwise.error')

function throwsCode(run: () => unknown, code: string): void {
  let caught: unknown
  try {
    run()
  } catch (error) {
    caught = error
  }
  const branded =
    typeof caught === 'object' && caught !== null && (caught as Record<symbol, unknown>)[brand] === true
  expect(branded, `expected a SlotwiseError ${code}`).toBe(true)
  expect((caught as { code: string }).code).toBe(code)
}

/**
 * Runs one block with `modules` (package name → its namespace) standing in for imports, and
 * fails unless every `//=>` line was reached and held.
 */
export async function runReadmeBlock(block: ReadmeBlock, modules: Record<string, object>): Promise<void> {
  let checks = 0
  const check = (actual: unknown, expected: unknown) => {
    checks++
    expect(actual).toEqual(expected)
  }
  const run = new AsyncFunction('__modules', '__check', '__throws', 'console', compile(block.code))
  await run(modules, check, throwsCode, { log() {}, info() {}, warn() {} })
  expect(checks, 'every //=> line was reached').toBe((block.code.match(/\/\/=> (?!throws)/g) ?? []).length)
}
