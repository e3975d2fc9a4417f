import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SOFFICE = '/usr/bin/soffice';

// Profile setting: recalculate every formula of an .xlsx when it loads (0 = always), so the
// values read back are LibreOffice's, not the cached results we wrote.
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface LibreOffice {
  home: string;
  /** Converts files in one soffice run; returns the output paths, in order. */
  convert: (files: string[], format: string, outDir: string) => string[];
}

/** A headless LibreOffice with its own HOME and profile. Throws (never skips) when absent. */
export function libreOffice(): LibreOffice {
  if (!existsSync(SOFFICE)) {
    throw new Error(
      `${SOFFICE} is missing: install the Debian package libreoffice-calc (npm test does it via scripts/ensure-system-deps.mjs)`,
    );
  }
  const home = mkdtempSync(join(tmpdir(), 'crossover-lo-'));
  const profile = join(home, 'lo-profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  return {
    home,
    convert(files, format, outDir) {
      mkdirSync(outDir, { recursive: true });
      const run = spawnSync(
        SOFFICE,
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--norestore',
          '--nolockcheck',
          '--convert-to',
          format,
          '--outdir',
          outDir,
          ...files,
        ],
        { env: { ...process.env, HOME: home }, encoding: 'utf8', timeout: 300_000 },
      );
      const ext = format.split(':')[0];
      const outputs = files.map((f) =>
        join(outDir, f.replace(/^.*\//, '').replace(/\.[^.]+$/, `.${ext}`)),
      );
      const missing = outputs.filter((o) => !existsSync(o));
      if (run.status !== 0 || missing.length > 0) {
        throw new Error(
          `soffice --convert-to ${format} failed (status ${run.status}): missing ${missing.join(', ')}\n${run.stdout}\n${run.stderr}`,
        );
      }
      return outputs;
    },
  };
}
