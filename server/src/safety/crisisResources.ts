import { readFileSync } from 'node:fs';
import { crisisResourceSchema, type CrisisResources } from '@alongside/shared';
import { z } from 'zod';

const fileSchema = z.object({
  example: z.boolean().default(false),
  defaultLocale: z.string(),
  locales: z.record(
    z.string(),
    z.object({ emergencyNumber: z.string().min(1), resources: z.array(crisisResourceSchema) }),
  ),
});

/** Crisis lines per locale, from a file the operator owns (the shipped one is an example). */
export class CrisisResourceCatalog {
  private constructor(private readonly file: z.infer<typeof fileSchema>) {
    if (!(file.defaultLocale in file.locales)) {
      throw new Error(`crisis resources: defaultLocale ${file.defaultLocale} has no entry`);
    }
  }

  static load(path: string): CrisisResourceCatalog {
    const parsed = fileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success)
      throw new Error(`crisis resources file ${path} is invalid: ${parsed.error.message}`);
    return new CrisisResourceCatalog(parsed.data);
  }

  get isExample(): boolean {
    return this.file.example;
  }

  /** Exact locale, then the same language, then the default. */
  forLocale(locale: string | undefined): CrisisResources {
    const locales = this.file.locales;
    const language = locale?.split('-')[0];
    const key =
      (locale && locale in locales && locale) ||
      Object.keys(locales).find((k) => k.split('-')[0] === language) ||
      this.file.defaultLocale;
    const entry = locales[key] ?? locales[this.file.defaultLocale];
    if (!entry) throw new Error('unreachable: default locale checked at load');
    return {
      locale: key,
      emergencyNumber: entry.emergencyNumber,
      example: this.file.example,
      resources: entry.resources,
    };
  }
}
