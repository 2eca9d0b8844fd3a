// `npm run deploy -- rsync user@host:/var/www/site`: dist/ to an nginx host's web root.

/**
 * The rsync command: compares files by content (--checksum: a rebuild gives every file a new mtime),
 * puts the changed files in place together at the end (--delay-updates, so a page never points at an
 * asset still on its way) and only then deletes what dist/ no longer has (--delete-after). Files are
 * world-readable for nginx whatever the local umask; --itemize-changes lists what it changed.
 */
export function rsyncCommand(dir: string, destination: string): string[] {
  const source = dir.endsWith('/') ? dir : `${dir}/`;
  const target = destination.endsWith('/') ? destination : `${destination}/`;
  return [
    'rsync',
    '--recursive',
    '--links',
    '--times',
    '--checksum',
    '--delay-updates',
    '--delete-after',
    '--compress',
    '--chmod=D755,F644',
    '--itemize-changes',
    source,
    target,
  ];
}

/** The paths rsync sent (not only touched) in its --itemize-changes output. */
export function sentFiles(itemized: string): string[] {
  return itemized
    .split('\n')
    .filter((line) => /^[<>]f/.test(line))
    .map((line) => line.slice(line.indexOf(' ') + 1));
}

/** The paths rsync deleted at the destination. */
export function deletedFiles(itemized: string): string[] {
  return itemized
    .split('\n')
    .filter((line) => line.startsWith('*deleting'))
    .map((line) => line.replace(/^\*deleting\s+/, ''));
}
