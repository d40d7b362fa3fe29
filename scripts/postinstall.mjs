// Build after `npm ci` so that bin/marsad works straight away.
// Skipped when TypeScript is absent (a production install without dev dependencies).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
if (existsSync('node_modules/typescript/bin/tsc') && existsSync('tsconfig.json')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
}
