// npm run import:seed -- --network seed --dir path [--yes] [--allow-shrink] [--store embedded|neo4j]
// Imports graph-seed files all or nothing: validates the whole directory, shows what would be
// added, changed and removed per kind and id, asks (unless --yes), then replaces the network
// in one transaction on the version the preview was made on. Any problem changes nothing; so
// does keeping less than half the network's stations, unless --allow-shrink says it is intended.
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline/promises';
import { ENTITY_NOUN } from '../src/lib/schemas';
import { SeedError, loadSeedDirectory } from '../src/lib/server/seed/load';
import { systemEditor } from '../src/lib/server/services/network-edit/editor';
import { shrinkMessage } from '../src/lib/server/import/guard';
import { applyImport, hasChanges, previewImport, type ImportPreview } from '../src/lib/server/services/seed-import';
import { createUserStore } from '../src/lib/server/store/user-factory';
import { withGraphStore } from './cli-args';

function describe(p: ImportPreview): string {
	const lines = [`import:seed: network '${p.network}' at version ${p.baseVersion}${p.baseVersion === 0 ? ' (new)' : ''}`];
	if (p.metaChanged) lines.push('  network name or source changes');
	for (const k of p.kinds) {
		if (!k.added.length && !k.changed.length && !k.removed.length) continue;
		lines.push(`  ${k.kind}: +${k.added.length} ~${k.changed.length} -${k.removed.length} (${k.unchanged} unchanged)`);
		for (const id of k.added) lines.push(`    + ${ENTITY_NOUN[k.kind]} ${id}`);
		for (const c of k.changed) lines.push(`    ~ ${ENTITY_NOUN[k.kind]} ${c.id} (${c.fields.join(', ')})`);
		for (const id of k.removed) lines.push(`    - ${ENTITY_NOUN[k.kind]} ${id}`);
	}
	lines.push(`  total: ${p.totals.added} added, ${p.totals.changed} changed, ${p.totals.removed} removed`);
	for (const problem of p.problems) lines.push(`  problem: ${problem}`);
	if (p.shrink) lines.push(`  warning: ${shrinkMessage(p.network, p.shrink)}; applying needs --allow-shrink`);
	return lines.join('\n');
}

async function confirmed(): Promise<boolean> {
	if (!process.stdin.isTTY) throw new Error('not applied: run again with --yes to apply without a question');
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	try {
		return /^(y|yes|j|ja)$/i.test((await rl.question('Apply this import? [y/N] ')).trim());
	} finally {
		rl.close();
	}
}

await withGraphStore(
	'import:seed',
	process.argv.slice(2),
	async (store, config, args) => {
		const network = typeof args.network === 'string' ? args.network : 'seed';
		if (typeof args.dir !== 'string') throw new Error('--dir <graph-seed directory> is required');
		const seed = loadSeedDirectory(args.dir);
		const editor = systemEditor(`import:seed (${userInfo().username})`);
		const users = await createUserStore(config);
		try {
			await users.migrate();
			const stores = { store, users };
			const { preview } = await previewImport(stores, editor, network, seed);
			console.log(describe(preview));
			if (!hasChanges(preview)) console.log('import:seed: nothing to change');
			else if (args.yes === true || (await confirmed())) {
				const { version } = await applyImport(stores, editor, network, seed, preview.baseVersion, { allowShrink: args['allow-shrink'] === true });
				console.log(`import:seed: applied; network '${network}' is now at version ${version}`);
			} else console.log('import:seed: not applied');
		} finally {
			await users.close();
		}
	},
	(e) => `import:seed: nothing imported; ${e instanceof SeedError ? e.message : (e as Error).message}`
);
