/** Command-line parsing, validated with zod: a usage error is exit code 2. */
import { z } from 'zod';

export class UsageError extends Error {}

export const USAGE = `Usage:
  tact analyze [options] [FILE...]   Analyse ticket bundles (JSON object, JSON array or JSONL;
                                     stdin when no FILE). One JSON line per ticket, in input order.
      --tag-prefix PREFIX            Incident tag prefix (default boundary_)
      --type-tag-prefix PREFIX       Also propose the complaint type as a tag PREFIX<type>
      --languages fr,en              Enabled languages (others fall back to the first)
      --categories a,b,...           Incident categories to report (default: all)
      --max-comment-chars N          Longest text analysed per comment (default 200000)
  tact draft [options] [FILE...]     Check agent drafts for risky phrases.
                                     Plain text on stdin/FILE, or JSONL of {id, lang, draft} with --jsonl.
      --lang fr|en                   Language of the draft(s) (default: detected)
      --jsonl                        Input is JSONL, one {id, lang, draft} per line
      --phrases FILE                 Extra pairs, one "avoid => instead" per line (fr:/en: prefix optional)
  tact --help                        This help.
Exit codes: 0 ok, 1 some input could not be processed, 2 usage error.`;

const prefix = z.string().regex(/^[a-z0-9][a-z0-9_\-:]{0,39}$/, 'lowercase letters, digits, _ - : (max 40)');
const langList = z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)).pipe(z.array(z.enum(['fr', 'en'])).min(1));

const analyzeSchema = z.object({
  'tag-prefix': prefix.optional(),
  'type-tag-prefix': prefix.optional(),
  languages: langList.optional(),
  categories: z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum(['insult', 'racism', 'sexism', 'discrimination', 'flirting', 'threat', 'trolling', 'harassment', 'scope_abuse']))).optional(),
  'max-comment-chars': z.string().regex(/^\d{1,9}$/, 'a positive integer').transform(Number).pipe(z.number().int().positive()).optional(),
}).strict();

const draftSchema = z.object({
  lang: z.enum(['fr', 'en']).optional(),
  jsonl: z.literal(true).optional(),
  phrases: z.string().min(1).optional(),
}).strict();

export type AnalyzeArgs = z.infer<typeof analyzeSchema>;
export type DraftArgs = z.infer<typeof draftSchema>;

export type Command =
  | { cmd: 'help' }
  | { cmd: 'analyze'; opts: AnalyzeArgs; files: string[] }
  | { cmd: 'draft'; opts: DraftArgs; files: string[] };

const FLAGS = new Set(['jsonl']);

function split(argv: readonly string[]): { opts: Record<string, string | true>; files: string[]; help: boolean } {
  const opts: Record<string, string | true> = {};
  const files: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--help' || a === '-h') { help = true; continue; }
    if (a === '--') { files.push(...argv.slice(i + 1)); break; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (key in opts) throw new UsageError(`option --${key} given twice`);
      if (eq > 0) opts[key] = a.slice(eq + 1);
      else if (FLAGS.has(key)) opts[key] = true;
      else {
        const v = argv[i + 1];
        if (v === undefined || v.startsWith('--')) throw new UsageError(`option --${key} needs a value`);
        opts[key] = v;
        i++;
      }
      continue;
    }
    if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    files.push(a);
  }
  return { opts, files, help };
}

function check<T>(schema: z.ZodType<T>, opts: Record<string, string | true>): T {
  const r = schema.safeParse(opts);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  if (issue?.code === 'unrecognized_keys') throw new UsageError(`unknown option --${issue.keys[0]}`);
  const key = issue?.path[0];
  throw new UsageError(`invalid value for --${String(key)}: ${issue?.message ?? 'invalid'}`);
}

export function parseArgs(argv: readonly string[]): Command {
  const [cmd, ...rest] = argv;
  if (cmd === undefined) throw new UsageError('missing command');
  if (cmd === '--help' || cmd === '-h' || cmd === 'help') return { cmd: 'help' };
  const { opts, files, help } = split(rest);
  if (help) return { cmd: 'help' };
  if (cmd === 'analyze') return { cmd, opts: check(analyzeSchema, opts), files };
  if (cmd === 'draft') return { cmd, opts: check(draftSchema, opts), files };
  throw new UsageError(`unknown command "${cmd}"`);
}
