import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReferences, type NetworkContent } from '$lib/schemas';
import { SEED_FILES, SeedError, loadSeedDirectory } from '../seed/load';
import { ConflictError } from '../store/errors';
import { account, seededStore } from './network-edit/edit-fixture';
import { editorOf, systemEditor } from './network-edit/editor';
import { EditDenied } from './network-edit/errors';
import { visibleContent } from './network-edit/visibility';
import { seedBundle, seedFiles, writeSeedDirectory } from './seed-files';
import { SuspectSourceError } from '../import/guard';
import { applyImport, planImport, previewImport, readSeedUpload } from './seed-import';

const NET = 'seed';
const tmp = mkdtempSync(join(tmpdir(), 'vakmetro-seedio-'));
let env: Awaited<ReturnType<typeof seededStore>>;
const admin = systemEditor('spec');

beforeAll(async () => {
	env = await seededStore('seedio');
});
afterAll(async () => {
	await env.dispose();
	rmSync(tmp, { recursive: true, force: true });
});

async function stored() {
	return (await env.store.readNetwork(NET))!;
}

function asUpload(files: Record<string, string>) {
	return Object.entries(files).map(([name, text]) => ({ name, text }));
}

describe('export', () => {
	it('writes graph-seed files that load back as the same network', async () => {
		const net = await stored();
		writeSeedDirectory(join(tmp, 'out'), seedFiles(net.meta, net.version, net.content));
		const back = loadSeedDirectory(join(tmp, 'out'));
		expect(back.meta).toEqual(net.meta);
		expect(back.content).toEqual(net.content);
		expect(readFileSync(join(tmp, 'out', 'stations.yaml'), 'utf8')).toMatch(/^# stations of Vakmetro network 'seed' at version 1/);
	});

	it('a bundle reads back as the same network', async () => {
		const net = await stored();
		const seed = readSeedUpload([{ name: 'seed.yaml', text: seedBundle(net.meta, net.version, net.content) }]);
		expect(seed.content).toEqual(net.content);
	});
});

describe('import', () => {
	it('a broken file is refused with file, item and field, and nothing is read', async () => {
		const net = await stored();
		const files = seedFiles(net.meta, net.version, net.content);
		files[SEED_FILES.stations] = files[SEED_FILES.stations]!.replace('level: 3', 'level: 30');
		files[SEED_FILES.lines] = files[SEED_FILES.lines]!.replace('station: construction-welder', 'station: astronaut');
		const e = (() => {
			try {
				readSeedUpload(asUpload(files));
			} catch (e) {
				return e as SeedError;
			}
		})()!;
		expect(e).toBeInstanceOf(SeedError);
		expect(e.issues[0]).toMatchObject({ file: 'stations.yaml', item: "station 'welder'", field: 'level' });
	});

	it('names the bundle section of a problem in a bundle', () => {
		const text = seedBundle({ id: 'x', label: { nl: 'x', en: 'x' } }, 1, { ...loadSeedDirectory('graph-seed').content, regions: [{ id: 'Bad Id' } as never] });
		expect(() => readSeedUpload([{ name: 'mine.yaml', text }])).toThrow(/mine\.yaml › regions: region 'Bad Id'/);
	});

	it('reports a bundle that is not valid YAML with its line, as the CLI does', () => {
		const text = 'network:\n  id: mine\nstations:\n  - id: welder\n    label: { nl: Lasser, en: Welder\n';
		expect(() => readSeedUpload([{ name: 'mine.yaml', text }])).toThrow(/mine\.yaml: -, field '-': not valid YAML at line \d+/);
	});

	it('refuses files that are not seed files', () => {
		expect(() => readSeedUpload([{ name: 'photo.jpg', text: 'x' }, { name: 'stations.yaml', text: '[]' }])).toThrow(/photo\.jpg.*not a graph-seed file/);
	});

	it('previews what is added, changed and removed per kind and id, then applies it in one version', async () => {
		const net = await stored();
		const next = structuredClone(net.content) as NetworkContent;
		next.stations.find((s) => s.id === 'welder')!.label.en = 'Welder (MAG)';
		next.skills.push({ id: 'cheese-vat-welding', label: { nl: 'Kaasvaten lassen', en: 'Cheese vat welding' } });
		next.learningTracks.splice(0, 1);
		const plan = planImport(admin, NET, net, { meta: net.meta, content: next });
		const by = (k: string) => plan.preview.kinds.find((c) => c.kind === k)!;
		expect(by('stations').changed).toEqual([{ id: 'welder', fields: ['label'] }]);
		expect(by('skills').added).toEqual(['cheese-vat-welding']);
		expect(by('learningTracks').removed).toEqual([net.content.learningTracks[0]!.id]);
		expect(plan.preview.totals).toEqual({ added: 1, changed: 1, removed: 1 });
		expect(plan.preview.refused).toEqual([]);
		const applied = await applyImport(env, admin, NET, { meta: net.meta, content: next }, net.version);
		expect(applied.version).toBe(net.version + 1);
		expect((await stored()).content).toEqual(next);
		const [audit] = await env.store.audit(NET, { limit: 1 });
		expect(audit).toMatchObject({ action: 'replace', actor: { label: 'spec' } });
	});

	it('refuses applying a preview made on an older version, changing nothing', async () => {
		const net = await stored();
		await expect(applyImport(env, admin, NET, { meta: net.meta, content: net.content }, net.version - 1)).rejects.toBeInstanceOf(ConflictError);
		expect((await stored()).version).toBe(net.version);
	});

	it('a region editor imports only what the rules let them change, and nothing when one change is refused', async () => {
		const net = await stored();
		const gelderland = editorOf(account('gea', [{ organisation: 'regio-foodvalley', role: 'region-editor' }]), net.content);
		const mine = visibleContent(gelderland, net.content);
		expect(mine.modules.length).toBeLessThan(net.content.modules.length);

		const allowed = structuredClone(mine);
		allowed.stations.find((s) => s.id === 'system-engineer')!.label.en = 'System engineer (high-tech)';
		const ok = planImport(gelderland, NET, net, { meta: net.meta, content: allowed });
		// Closed modules they cannot see are not "removed": they are carried over untouched.
		expect(ok.preview.totals).toEqual({ added: 0, changed: 1, removed: 0 });
		expect(ok.preview.refused).toEqual([]);

		const tooFar = structuredClone(allowed);
		tooFar.stations.find((s) => s.id === 'aircraft-structures-fitter')!.label.en = 'Airframe fitter';
		const refused = planImport(gelderland, NET, net, { meta: net.meta, content: tooFar });
		expect(refused.preview.refused.map((r) => [r.id, r.refusal.reason])).toEqual([['aircraft-structures-fitter', 'editor.denied.stationRegion']]);
		await expect(applyImport(env, gelderland, NET, { meta: net.meta, content: tooFar }, net.version)).rejects.toBeInstanceOf(EditDenied);
		expect((await stored()).version).toBe(net.version);

		await applyImport(env, gelderland, NET, { meta: net.meta, content: allowed }, net.version);
		const after = await stored();
		expect(after.content.modules.map((m) => m.id).sort()).toEqual(net.content.modules.map((m) => m.id).sort());
		expect(after.content.stations.find((s) => s.id === 'system-engineer')!.label.en).toBe('System engineer (high-tech)');
	});
});

describe('import guards', () => {
	it('refuses removing an organisation that accounts still name, like deleting it by hand', async () => {
		const net = await stored();
		const member = await env.users.createUser({ email: 'mo@example.nl', name: 'Mo', passwordHash: 'x' });
		await env.users.addMembership(member.id, { organisation: 'oom', role: 'worker' });
		const next = structuredClone(net.content) as NetworkContent;
		next.organisations = next.organisations.filter((o) => o.id !== 'oom');
		next.modules = next.modules.filter((m) => m.organisation !== 'oom');
		next.curricula = next.curricula.filter((c) => c.school !== 'oom');
		const seed = { meta: net.meta, content: next };
		const { preview } = await previewImport(env, admin, NET, seed);
		expect(preview.problems).toContain("organisation 'oom' is still used by 1 membership(s); revoke the memberships and unshare the plans first");
		await expect(applyImport(env, admin, NET, seed, net.version)).rejects.toThrow("organisation 'oom' is still used by 1 membership(s)");
		expect((await stored()).version).toBe(net.version);
	});

	it('refuses keeping less than half the stations unless the importer says so', async () => {
		const net = await stored();
		const next = structuredClone(net.content) as NetworkContent;
		const kept = new Set(next.stations.slice(0, Math.floor(next.stations.length / 3)).map((s) => s.id));
		next.stations = next.stations.filter((s) => kept.has(s.id));
		next.lines = [];
		next.curricula = [];
		next.regions = next.regions.map((r) => ({ ...r, demand: r.demand.filter((d) => kept.has(d.station)) }));
		const seed = { meta: net.meta, content: next };
		expect(checkReferences(next)).toEqual([]);
		const { preview } = await previewImport(env, admin, NET, seed);
		expect(preview.problems).toEqual([]);
		expect(preview.shrink).toEqual({ before: net.content.stations.length, after: kept.size });
		const refused = await applyImport(env, admin, NET, seed, net.version).catch((e: unknown) => e);
		expect(refused).toBeInstanceOf(SuspectSourceError);
		expect((refused as Error).message).toContain(`would shrink from ${net.content.stations.length} to ${kept.size} stations`);
		expect((await stored()).version).toBe(net.version);
		const applied = await applyImport(env, admin, NET, seed, net.version, { allowShrink: true });
		expect(applied.version).toBe(net.version + 1);
		expect((await stored()).content.stations).toHaveLength(kept.size);
	});
});
