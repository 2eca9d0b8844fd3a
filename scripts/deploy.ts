// `npm run deploy -- <rsync|s3> [destination] [--dry-run] [--delete] [--endpoint URL] [--dir dist]`:
// publishes dist/ (docs/deploy.md, "Deploy"). rsync to an nginx host, or an S3-compatible object
// store with the AWS CLI, uploading only what changed (src/lib/hosting/deploy*.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deployOptions, localFiles, shellLine } from '../src/lib/hosting/deploy.ts';
import { rsyncCommand } from '../src/lib/hosting/deploy-rsync.ts';
import { awsRunner, deployS3 } from '../src/lib/hosting/deploy-s3.ts';

let options;
try {
  options = deployOptions(process.argv.slice(2), process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const dir = resolve(options.dir);
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`${dir} has no index.html: run npm run build first`);
  process.exit(1);
}
if (options.target === 'rsync') {
  const argv = rsyncCommand(dir, options.destination);
  console.log(shellLine(argv));
  if (!options.dryRun) {
    const run = spawnSync(argv[0]!, argv.slice(1), { stdio: 'inherit' });
    if (run.error) console.error(`rsync: ${run.error.message} (apt-get install rsync)`);
    process.exit(run.status ?? 1);
  }
} else {
  try {
    deployS3(dir, localFiles(dir), options.destination, {
      ...options,
      run: awsRunner(process.env.AWS_CLI ?? 'aws'),
      log: (line) => console.log(line),
    });
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
