// Prints the mutation score of each module from Stryker's JSON report: one row per folder
// under src/, one row for the top-level files, then the total. Score is Stryker's: killed
// plus timed-out mutants over all valid ones (errors and ignored mutants left out).
//
//   node scripts/mutation-summary.mjs [report.json ...] [--markdown] [--survivors]
//
// Several reports (runs over different modules, `pnpm mutation --mutate …`) are read as one.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const markdown = args.includes('--markdown')
const survivors = args.includes('--survivors')
const reportPaths = args.filter((arg) => !arg.startsWith('--'))
if (reportPaths.length === 0) {
  reportPaths.push(fileURLToPath(new URL('../reports/mutation/mutation.json', import.meta.url)))
}

// A file tested in two runs counts once, from the report named last.
const files = new Map()
for (const path of reportPaths) {
  for (const [fileName, file] of Object.entries(JSON.parse(readFileSync(path, 'utf8')).files)) {
    files.set(fileName, file)
  }
}

function moduleOf(fileName) {
  const inSrc = fileName.replaceAll('\\', '/').replace(/^.*?\bsrc\//, '')
  const slash = inSrc.indexOf('/')
  return slash === -1 ? '(top level)' : inSrc.slice(0, slash)
}

const emptyRow = () => ({
  mutants: 0,
  killed: 0,
  survived: 0,
  noCoverage: 0,
  timeout: 0,
  errors: 0,
  ignored: 0,
})
const rows = new Map()
const total = emptyRow()
const left = []

for (const [fileName, file] of files) {
  const name = moduleOf(fileName)
  if (!rows.has(name)) rows.set(name, emptyRow())
  const row = rows.get(name)
  for (const mutant of file.mutants) {
    for (const counts of [row, total]) {
      counts.mutants += 1
      if (mutant.status === 'Killed') counts.killed += 1
      else if (mutant.status === 'Survived') counts.survived += 1
      else if (mutant.status === 'NoCoverage') counts.noCoverage += 1
      else if (mutant.status === 'Timeout') counts.timeout += 1
      else if (mutant.status === 'Ignored') counts.ignored += 1
      else counts.errors += 1
    }
    if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') {
      const lines = file.source.split('\n')
      const line = mutant.location.start.line
      left.push(
        `${fileName}:${line}:${mutant.location.start.column} ${mutant.status} ${mutant.mutatorName}` +
          ` ${JSON.stringify(mutant.replacement ?? '')}\n    ${lines[line - 1]?.trim()}`,
      )
    }
  }
}

function score({ killed, timeout, survived, noCoverage }) {
  const valid = killed + timeout + survived + noCoverage
  return valid === 0 ? 'n/a' : `${((100 * (killed + timeout)) / valid).toFixed(2)}%`
}

const ordered = [...rows.entries()].sort(([a], [b]) =>
  a === '(top level)' ? 1 : b === '(top level)' ? -1 : a.localeCompare(b),
)
const header = ['module', 'mutants', 'killed', 'survived', 'no coverage', 'timeout', 'score']
const cells = (name, row) => [
  name,
  row.mutants,
  row.killed,
  row.survived,
  row.noCoverage,
  row.timeout,
  score(row),
]
const table = [...ordered.map(([name, row]) => cells(name, row)), cells('total', total)].map((row) =>
  row.map(String),
)

if (markdown) {
  console.log(`| ${header.join(' | ')} |`)
  console.log(`|${header.map((_, index) => (index === 0 ? '---' : '--:')).join('|')}|`)
  for (const row of table) {
    const [name, ...rest] = row
    console.log(`| ${name === 'total' ? '**total**' : `\`${name}\``} | ${rest.join(' | ')} |`)
  }
} else {
  const widths = header.map((title, index) =>
    Math.max(title.length, ...table.map((row) => row[index].length)),
  )
  const print = (row) =>
    console.log(
      row
        .map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index])))
        .join('  '),
    )
  print(header)
  for (const row of table) print(row)
}
if (total.errors + total.ignored > 0) {
  console.log(
    `\n${total.errors} compile or runtime errors and ${total.ignored} ignored mutants are not scored.`,
  )
}
if (survivors) console.log(`\n${left.join('\n')}`)
